package org.signpost.core.topic.workflow;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.signpost.core.account.Actor;
import org.signpost.core.content.PlainText;
import org.signpost.core.content.Slugs;
import org.signpost.core.content.revision.ChangeRecorder;
import org.signpost.core.content.revision.ContentRevision;
import org.signpost.core.content.revision.EditConflictException;
import org.signpost.core.content.revision.RevisionLog;
import org.signpost.core.markup.PeopleDates;
import org.signpost.core.resource.ResourceRepository;
import org.signpost.core.topic.ReviewCycle;
import org.signpost.core.topic.Topic;
import org.signpost.core.topic.TopicAction;
import org.signpost.core.topic.TopicDraft;
import org.signpost.core.topic.TopicRepository;
import org.signpost.core.topic.TopicView;
import org.signpost.core.validation.Refusal;

/**
 * Moves topics through the workflow and saves their changes, as the roles allow: editors write and
 * submit, reviewers publish what someone else wrote and submitted or send it back, administrators
 * may do all and publish at once in an emergency with a reason. A published topic's review dates
 * are {@link TopicReviewDates}'. Nothing reaches readers without a second person's approval:
 * changes to a published topic are held aside ({@link HeldChanges}) while readers keep the approved
 * version. Each saved change keeps a revision, and a change to what readers see moves the content
 * revision in the same transaction, so every widget shows it within seconds.
 */
@ApplicationScoped
@Transactional
public class TopicWorkflow {

  @Inject TopicRepository topics;
  @Inject ChangeRecorder changes;
  @Inject ResourceRepository resources;
  @Inject HeldChanges held;

  /** The shortest reason accepted for publishing without review. */
  public static final int MIN_REASON = 10;

  Clock clock = Clock.systemUTC();

  private TopicContent content;
  private TopicChanges reviewed;

  protected TopicWorkflow() {}

  public TopicWorkflow(
      TopicRepository topics,
      ResourceRepository resources,
      ContentRevision contentRevision,
      RevisionLog revisions,
      Clock clock) {
    this.topics = topics;
    this.resources = resources;
    this.changes = new ChangeRecorder(revisions, contentRevision);
    this.held = new HeldChanges(revisions, topics);
    this.clock = clock;
    prepare();
  }

  @PostConstruct
  void prepare() {
    content = new TopicContent(resources);
    reviewed = new TopicChanges(changes, held, topics, content);
  }

  /**
   * Starts a new draft (editors and administrators).
   *
   * @param slug the topic's address; made from the title when blank
   * @throws IllegalArgumentException when the slug is taken or a resource is unknown
   */
  public TopicView create(String slug, @NotNull @Valid TopicDraft draft, @NotNull Actor actor) {
    TopicAction.CREATE.require(actor);
    String key =
        slug == null || slug.isBlank()
            ? Slugs.fromTitle(draft.details().title())
            : Slugs.require(slug.strip());
    if (topics.findBySlug(key).isPresent()) {
      throw new Refusal("topic.slug-taken", key);
    }
    Topic topic = new Topic(key, draft.details());
    content.write(topic, draft);
    topic.changedBy(actor.login());
    return saved(topic, TopicAction.CREATE, actor, "Created");
  }

  /**
   * Saves what a curator wrote (editors and administrators), if nobody else saved the topic since
   * the version they started from; for a published topic, the changes wait for approval.
   *
   * @throws EditConflictException when the topic has moved on from {@code basedOnVersion}
   */
  public TopicView save(
      @NotBlank String slug,
      long basedOnVersion,
      @NotNull @Valid TopicDraft draft,
      @NotNull Actor actor) {
    TopicAction.SAVE.require(actor);
    Topic topic = current(slug, basedOnVersion);
    return change(topic, draft, actor, "Saved");
  }

  /**
   * Saves what a curator wrote, when it differs from what is stored, and sends the topic to
   * reviewers, in one transaction: submitting never drops edits that were not saved yet, and a
   * refused save submits nothing.
   *
   * @throws EditConflictException when the topic has moved on from {@code basedOnVersion}
   */
  public TopicView submitForReview(
      @NotBlank String slug,
      long basedOnVersion,
      @NotNull @Valid TopicDraft draft,
      @NotNull Actor actor) {
    TopicAction.SUBMIT_FOR_REVIEW.require(actor);
    Topic topic = current(slug, basedOnVersion);
    if (!held.working(topic).equals(draft)) {
      change(topic, draft, actor, "Saved");
    }
    topic.submitForReview(actor.login());
    return saved(topic, TopicAction.SUBMIT_FOR_REVIEW, actor, "Submitted for review");
  }

  /**
   * Writes what a curator changed: into a topic readers do not see, or held aside for a published
   * one until someone else approves it. Either way the curator may not approve it themselves.
   */
  private TopicView change(Topic topic, TopicDraft draft, Actor actor, String summary) {
    if (topic.withdrawSubmission()) {
      summary +=
          "; no longer in review: what reviewers read has changed, so it must be submitted"
              + " again";
    }
    if (topic.holdsChangesAside()) {
      content.requireResources(draft);
    }
    return TopicView.of(reviewed.change(topic, draft, actor, summary));
  }

  /**
   * Attaches a resource to a topic or takes it off (editors and administrators), as any other
   * change to the topic: a published topic holds it until someone else approves it.
   */
  public void include(String slug, String resource, boolean attached, @NotNull Actor actor) {
    TopicAction.SAVE.require(actor);
    Topic topic = reviewed.find(slug);
    TopicDraft working = held.working(topic);
    List<String> wanted = new ArrayList<>(working.resources());
    boolean changed =
        attached ? !wanted.contains(resource) && wanted.add(resource) : wanted.remove(resource);
    if (changed) {
      change(
          topic,
          new TopicDraft(working.details(), working.sections(), wanted),
          actor,
          (attached ? "Attached the resource \"" : "Removed the resource \"") + resource + "\"");
    }
  }

  private Topic current(String slug, long basedOnVersion) {
    return reviewed.current(reviewed.find(slug), basedOnVersion);
  }

  private Topic asSeen(String slug, long seenVersion) {
    return reviewed.asSeen(reviewed.find(slug), seenVersion);
  }

  /**
   * Brings back what a topic held at an earlier revision (editors and administrators), as a new
   * revision; its workflow status and review dates stay as they are, and for a published topic it
   * waits for approval as any other change.
   */
  public TopicView restore(
      @NotBlank String slug, int number, @NotNull TopicDraft draft, @NotNull Actor actor) {
    TopicAction.RESTORE.require(actor);
    return change(reviewed.find(slug), draft, actor, "Restored revision " + number);
  }

  /** Sends a draft to reviewers (editors and administrators). */
  public TopicView submitForReview(@NotBlank String slug, @NotNull Actor actor) {
    TopicAction.SUBMIT_FOR_REVIEW.require(actor);
    Topic topic = reviewed.find(slug);
    topic.submitForReview(actor.login());
    return saved(topic, TopicAction.SUBMIT_FOR_REVIEW, actor, "Submitted for review");
  }

  /**
   * Publishes a topic, or the changes to a published one, that other people wrote and sent for
   * review (reviewers and administrators): exactly the version the reviewer read, reviewed today,
   * next review after the default cycle.
   *
   * @param seenVersion the version of the topic on the reviewer's page
   * @throws EditConflictException when the topic changed after the reviewer opened it: they must
   *     read the new version before approving it
   */
  public TopicView publish(@NotBlank String slug, long seenVersion, @NotNull Actor actor) {
    TopicAction.PUBLISH.require(actor);
    Topic topic = asSeen(slug, seenVersion);
    Optional<TopicDraft> changed = held.of(topic);
    topic.publish(actor.login(), LocalDate.now(clock), ReviewCycle.DEFAULT, clock.instant());
    changed.ifPresent(draft -> content.write(topic, draft));
    return saved(
        topic,
        TopicAction.PUBLISH,
        actor,
        "Published; next review due " + PeopleDates.date(topic.nextReviewDue()));
  }

  /**
   * Drops the changes held for a published topic (editors and administrators); readers keep the
   * approved version, and the changes stay in the topic's history.
   */
  public TopicView discardChanges(@NotBlank String slug, @NotNull Actor actor) {
    TopicAction.DISCARD_CHANGES.require(actor);
    Topic topic = reviewed.find(slug);
    topic.discardChanges();
    return saved(
        topic, TopicAction.DISCARD_CHANGES, actor, "Discarded the changes waiting for approval");
  }

  /**
   * Publishes at once without review (administrators only), for an emergency: the version on the
   * administrator's page, with the reason kept in the topic's history.
   *
   * @throws EditConflictException when the topic changed after the administrator opened it
   */
  public TopicView publishInEmergency(
      @NotBlank String slug, long seenVersion, @NotNull Actor actor, @NotBlank String reason) {
    TopicAction.PUBLISH_IN_EMERGENCY.require(actor);
    if (reason == null || reason.strip().length() < MIN_REASON) {
      throw new Refusal("topic.reason-too-short", MIN_REASON);
    }
    Topic topic = asSeen(slug, seenVersion);
    Optional<TopicDraft> changed = held.of(topic);
    topic.publishInEmergency(LocalDate.now(clock), ReviewCycle.DEFAULT, clock.instant());
    changed.ifPresent(draft -> content.write(topic, draft));
    return saved(
        topic,
        TopicAction.PUBLISH_IN_EMERGENCY,
        actor,
        "Published without review in an emergency: "
            + PlainText.require(reason.strip(), "The reason")
            + "; next review due "
            + PeopleDates.date(topic.nextReviewDue()));
  }

  /** Returns a topic in review to its authors with a note (reviewers and administrators). */
  public TopicView sendBack(@NotBlank String slug, @NotNull Actor actor, String note) {
    TopicAction.SEND_BACK.require(actor);
    Topic topic = reviewed.find(slug);
    topic.sendBack();
    String summary =
        note == null || note.isBlank()
            ? "Sent back"
            : "Sent back: " + PlainText.require(note.strip(), "The note");
    return saved(topic, TopicAction.SEND_BACK, actor, summary);
  }

  /**
   * Takes a published topic off the public site (reviewers and administrators); changes held for it
   * become the draft's content.
   */
  public TopicView withdraw(@NotBlank String slug, @NotNull Actor actor) {
    TopicAction.WITHDRAW.require(actor);
    Topic topic = reviewed.find(slug);
    Optional<TopicDraft> changed = held.of(topic);
    topic.withdraw();
    changed.ifPresent(draft -> content.write(topic, draft));
    return saved(topic, TopicAction.WITHDRAW, actor, "Withdrawn from the public site");
  }

  private TopicView saved(Topic topic, TopicAction act, Actor actor, String summary) {
    return TopicView.of(reviewed.saved(topic, act, actor, summary));
  }
}
