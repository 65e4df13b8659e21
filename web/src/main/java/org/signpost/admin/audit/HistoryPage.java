package org.signpost.admin.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.signpost.admin.forms.Messages;
import org.signpost.admin.platform.ErrorAnswer;
import org.signpost.admin.signin.CurrentCurator;
import org.signpost.core.content.revision.ChangedLine;
import org.signpost.core.content.revision.RevisionEntry;
import org.signpost.core.content.revision.RevisionSubject;
import org.signpost.core.curation.AuditTrail;
import org.signpost.core.curation.HistoryAccess;
import org.signpost.core.curation.RevisionRestore;

/**
 * One topic's or resource's history: its revisions, newest first, a comparison of any two, and a
 * restore of an earlier one.
 */
@Named
@ViewScoped
public class HistoryPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AuditTrail revisions;
  @Inject RevisionRestore restore;
  @Inject CurrentCurator curator;
  @Inject Messages messages;

  private RevisionSubject subject;
  private String key;
  private boolean opened;
  private List<RevisionEntry> kept = List.of();
  private Integer older;
  private Integer newer;
  private List<ChangedLine> lines = List.of();

  public void open() throws IOException {
    if (opened) {
      return;
    }
    opened = true;
    if (subject == null || key == null) {
      ErrorAnswer.send(404, messages.text("notFound.history"));
      return;
    }
    if (!HistoryAccess.readableBy(subject, curator.actor())) {
      ErrorAnswer.send(403, null);
      return;
    }
    kept = revisions.entries(subject, key, curator.actor());
    if (kept.size() >= 2) {
      newer = kept.get(0).number();
      older = kept.get(1).number();
      compare();
    }
  }

  public void compare() {
    lines = revisions.compare(subject, key, older, newer, curator.actor());
  }

  public String restore(int number) {
    if (!messages.attempt(null, () -> restore.restore(subject, key, number, curator.actor()))) {
      return null;
    }
    messages.confirm("done.revision.restored", Integer.toString(number));
    return "/history?faces-redirect=true&subject=" + subject + "&key=" + key;
  }

  /** Only the changed lines and two lines around each, so long topics stay readable. */
  public List<ChangedLine> getLines() {
    return lines;
  }

  public boolean shown(int index) {
    for (int i = Math.max(0, index - 2); i <= Math.min(lines.size() - 1, index + 2); i++) {
      if (lines.get(i).change() != ChangedLine.Change.KEPT) {
        return true;
      }
    }
    return false;
  }

  public String getEditLink() {
    return (subject == RevisionSubject.TOPIC ? "topic" : "resource") + ".xhtml?slug=" + key;
  }

  public List<RevisionEntry> getKept() {
    return kept;
  }

  public RevisionSubject getSubject() {
    return subject;
  }

  public void setSubject(RevisionSubject subject) {
    if (!opened) {
      this.subject = subject;
    }
  }

  /** What curators call the subject: a topic's or resource's title, else its key. */
  public String getName() {
    return kept.isEmpty() ? key : kept.get(0).subjectName();
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    if (!opened) {
      this.key = key;
    }
  }

  public Integer getOlder() {
    return older;
  }

  public void setOlder(Integer older) {
    this.older = older;
  }

  public Integer getNewer() {
    return newer;
  }

  public void setNewer(Integer newer) {
    this.newer = newer;
  }
}
