package org.signpost.admin.topics;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.signpost.admin.forms.Messages;
import org.signpost.admin.platform.ErrorAnswer;
import org.signpost.admin.signin.CurrentCurator;
import org.signpost.core.resource.ResourceRow;
import org.signpost.core.resource.editing.ResourceEditing;
import org.signpost.core.taxonomy.Audience;
import org.signpost.core.topic.AllowedTopicActions;
import org.signpost.core.topic.EditableTopic;
import org.signpost.core.topic.SectionKind;
import org.signpost.core.topic.TopicAction;
import org.signpost.core.topic.TopicDraft;
import org.signpost.core.topic.TopicView;
import org.signpost.core.topic.workflow.HeldChanges;
import org.signpost.core.topic.workflow.TopicReviewDates;
import org.signpost.core.topic.workflow.TopicWorkflow;

/**
 * The topic editor: details, sections in order, attached resources, and the workflow buttons the
 * curator's roles allow. Opened once per view; every save is checked against the version opened, so
 * two curators never overwrite each other.
 */
@Named
@ViewScoped
public class TopicEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject HeldChanges held;
  @Inject TopicWorkflow workflow;
  @Inject TopicReviewDates reviewDates;
  @Inject ResourceEditing resources;
  @Inject ResourceFinder finder;
  @Inject CurrentCurator curator;
  @Inject Messages messages;
  @Inject ExternalContext external;

  private String slug;
  private boolean opened;
  private long version;
  private TopicStatusPanel standing;
  private AllowedTopicActions actions;

  private String newSlug;
  private DetailsForm details = new DetailsForm();
  private final SectionForms sections = new SectionForms();
  private final AttachedResources attached = new AttachedResources();

  private String note;
  private LocalDate nextReview;
  private String reason;

  /** Reads the topic once, when the view opens (a new topic when there is no slug). */
  public void open() throws IOException {
    if (opened) {
      return;
    }
    opened = true;
    if (slug == null || slug.isBlank()) {
      slug = null;
      sections.add();
      return;
    }
    EditableTopic topic = held.editable(slug).orElse(null);
    if (topic == null) {
      ErrorAnswer.send(404, messages.text("notFound.topic"));
      return;
    }
    take(topic);
  }

  private void take(EditableTopic topic) {
    slug = topic.slug();
    version = topic.version();
    standing = TopicStatusPanel.of(topic);
    actions = topic.actionsFor(curator.actor());
    details = DetailsForm.of(topic.draft().details());
    sections.replace(topic.draft().sections());
    attached.replace(resources.rows(topic.draft().resources(), curator.actor()));
  }

  /** Saves the details, sections and resources; a new topic starts as a draft. */
  public String save() {
    TopicDraft draft = messages.attempt("title", this::draft);
    if (draft == null) {
      return null;
    }
    boolean creating = slug == null;
    TopicView saved =
        messages.attempt(
            null,
            () ->
                creating
                    ? workflow.create(newSlug, draft, curator.actor())
                    : workflow.save(slug, version, draft, curator.actor()));
    if (saved == null) {
      return null;
    }
    messages.confirm(
        creating
            ? "done.topic.created"
            : standing.stage().isPublic() ? "done.topic.held" : "done.saved");
    return reopen(saved.slug());
  }

  /** Saves what is in the form, when it changed, and sends the topic for review, in one step. */
  public String submitForReview() {
    TopicDraft draft = messages.attempt("title", this::draft);
    if (draft == null) {
      return null;
    }
    return move(
        () -> workflow.submitForReview(slug, version, draft, curator.actor()),
        "done.topic.submitted");
  }

  public String publish() {
    return move(() -> workflow.publish(slug, version, curator.actor()), "done.topic.published");
  }

  public String publishInEmergency() {
    return move(
        () -> workflow.publishInEmergency(slug, version, curator.actor(), reason),
        "done.topic.publishedInEmergency");
  }

  public String discardChanges() {
    return move(() -> workflow.discardChanges(slug, curator.actor()), "done.topic.discarded");
  }

  public String sendBack() {
    return move(() -> workflow.sendBack(slug, curator.actor(), note), "done.topic.sentBack");
  }

  public String withdraw() {
    return move(() -> workflow.withdraw(slug, curator.actor()), "done.topic.withdrawn");
  }

  public String markReviewed() {
    return move(() -> reviewDates.markReviewed(slug, curator.actor()), "done.topic.markedReviewed");
  }

  /** Moves the next review to the date the reviewer chose. */
  public String scheduleReview() {
    if (nextReview == null) {
      messages.refuse("nextReview", "topic.nextReview.missing");
      return null;
    }
    return move(
        "nextReview",
        () -> reviewDates.scheduleReview(slug, nextReview, curator.actor()),
        "done.topic.reviewScheduled");
  }

  public LocalDate getNextReview() {
    return nextReview;
  }

  public void setNextReview(LocalDate nextReview) {
    this.nextReview = nextReview;
  }

  private String move(java.util.function.Supplier<TopicView> action, String done) {
    return move(null, action, done);
  }

  /** A workflow move; a refusal shows next to {@code field}, or at the top when it is null. */
  private String move(String field, java.util.function.Supplier<TopicView> action, String done) {
    TopicView moved = messages.attempt(field, action);
    if (moved == null) {
      return null;
    }
    messages.confirm(done);
    return reopen(moved.slug());
  }

  private String reopen(String key) {
    return "/topic?faces-redirect=true&slug=" + key;
  }

  private TopicDraft draft() {
    return new TopicDraft(details.details(), sections.contents(), List.copyOf(attached.slugs()));
  }

  /** Finds resources to attach, by key stage and words. */
  public void findResources() {
    finder.find(attached.slugs());
  }

  public void attach(ResourceRow row) {
    attached.attach(row);
    finder.taken(row);
  }

  public boolean isNew() {
    return slug == null;
  }

  /**
   * Whether the signed-in curator may do this now, as core decides: a new topic may only be
   * created.
   *
   * @param action a {@link TopicAction} name, such as {@code PUBLISH}
   */
  public boolean may(String action) {
    TopicAction asked = TopicAction.valueOf(action);
    if (isNew()) {
      return asked == TopicAction.SAVE && TopicAction.CREATE.permits(curator.actor());
    }
    return actions.allows(asked);
  }

  /** Why something this curator could otherwise do is refused now, such as approving their own. */
  public List<String> getNotices() {
    return isNew() ? List.of() : actions.notices();
  }

  public List<SectionKind> getKinds() {
    return List.of(SectionKind.values());
  }

  public List<Audience> getAudiences() {
    return List.of(Audience.values());
  }

  public AttachedResources getAttached() {
    return attached;
  }

  public SectionForms getSections() {
    return sections;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    if (!opened) {
      this.slug = slug;
    }
  }

  public long getVersion() {
    return version;
  }

  /** Where the topic stands; null for a new one. */
  public TopicStatusPanel getStanding() {
    return standing;
  }

  public DetailsForm getDetails() {
    return details;
  }

  public String getNewSlug() {
    return newSlug;
  }

  public void setNewSlug(String newSlug) {
    this.newSlug = newSlug;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
