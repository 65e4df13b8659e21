package org.signpost.admin.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.signpost.admin.signin.CurrentCurator;
import org.signpost.core.content.revision.RevisionEntry;
import org.signpost.core.content.revision.RevisionSubject;
import org.signpost.core.curation.AuditTrail;
import org.signpost.core.curation.HistoryAccess;
import org.signpost.core.persistence.Page;
import org.signpost.core.persistence.PageRequest;

/** The audit log: every saved change, newest first, by author and kind of subject. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SIZE = 50;

  @Inject AuditTrail revisions;
  @Inject CurrentCurator curator;

  private String author;
  private RevisionSubject subject;
  private int page;
  private Page<RevisionEntry> shown;

  @PostConstruct
  void open() {
    read();
  }

  public void search() {
    page = 0;
    read();
  }

  public void next() {
    if (shown.hasNext()) {
      page++;
      read();
    }
  }

  public void previous() {
    if (page > 0) {
      page--;
      read();
    }
  }

  private void read() {
    shown = revisions.recent(author, subject, new PageRequest(page, SIZE), curator.actor());
  }

  public Page<RevisionEntry> getShown() {
    return shown;
  }

  public List<RevisionSubject> getSubjects() {
    return HistoryAccess.kindsReadableBy(curator.actor());
  }

  public String getAuthor() {
    return author;
  }

  public void setAuthor(String author) {
    this.author = author;
  }

  public RevisionSubject getSubject() {
    return subject;
  }

  public void setSubject(RevisionSubject subject) {
    this.subject = subject;
  }
}
