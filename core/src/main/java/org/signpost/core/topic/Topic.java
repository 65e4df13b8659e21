package org.signpost.core.topic;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.signpost.core.content.SafeHtml;
import org.signpost.core.content.Slugs;
import org.signpost.core.resource.Resource;
import org.signpost.core.taxonomy.Audience;

/**
 * A page of guidance on one subject, such as Healthy Relationships: introduction, ordered sections,
 * attached resources and review dates. The topic guards its workflow: it is public only when
 * published, publishing sets the review dates, and a move the workflow does not allow is refused
 * with the reason.
 */
@Entity
@Table(name = "topic")
@NamedQuery(name = Topic.BY_SLUG, query = "SELECT t FROM Topic t WHERE t.slug = :slug")
@NamedQuery(
    name = Topic.BY_STATUS,
    query = "SELECT t FROM Topic t WHERE t.status = :status ORDER BY t.title")
@NamedQuery(name = Topic.ALL, query = "SELECT t FROM Topic t ORDER BY t.title")
@NamedQuery(
    name = Topic.REVIEW_DUE,
    query =
        "SELECT t FROM Topic t WHERE t.status = org.signpost.core.topic.TopicStatus.PUBLISHED"
            + " AND t.nextReviewDue <= :date ORDER BY t.nextReviewDue, t.title")
@NamedQuery(
    name = Topic.PUBLISHED_FOR_KEY_STAGE,
    query =
        "SELECT DISTINCT t FROM Topic t JOIN t.resources r"
            + " WHERE t.status = org.signpost.core.topic.TopicStatus.PUBLISHED"
            + " AND r.archived = FALSE AND :keyStage MEMBER OF r.keyStages ORDER BY t.title")
public class Topic {

  public static final String PUBLISHED_FOR_KEY_STAGE = "Topic.publishedForKeyStage";
  public static final String BY_SLUG = "Topic.bySlug";
  public static final String BY_STATUS = "Topic.byStatus";
  public static final String ALL = "Topic.all";
  public static final String REVIEW_DUE = "Topic.reviewDue";

  public static final int MAX_TITLE = 200;
  public static final int MAX_SUMMARY = 600;
  public static final int MAX_OWNER = 120;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @NotNull
  @Pattern(regexp = Slugs.PATTERN)
  @Size(max = Slugs.MAX_LENGTH)
  @Column(nullable = false, unique = true, length = Slugs.MAX_LENGTH)
  private String slug;

  @NotBlank
  @Size(max = MAX_TITLE)
  @Column(nullable = false, length = MAX_TITLE)
  private String title;

  @NotBlank
  @Size(max = MAX_SUMMARY)
  @Column(nullable = false, length = MAX_SUMMARY)
  private String summary;

  @NotNull
  @Size(max = Section.MAX_BODY)
  @Column(nullable = false, length = Section.MAX_BODY)
  private String introduction;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Audience audience;

  @Size(max = MAX_OWNER)
  @Column(name = "owner_name", length = MAX_OWNER)
  private String owner;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TopicStatus status;

  @Column(name = "last_reviewed")
  private LocalDate lastReviewed;

  @Column(name = "next_review_due")
  private LocalDate nextReviewDue;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "submitted_by", length = 60)
  private String submittedBy;

  @Valid
  @OneToMany(mappedBy = "topic", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Section> sections = new ArrayList<>();

  @ManyToMany
  @JoinTable(
      name = "topic_resource",
      joinColumns = @JoinColumn(name = "topic_id"),
      inverseJoinColumns = @JoinColumn(name = "resource_id"))
  @OrderColumn(name = "sort_order")
  private List<Resource> resources = new ArrayList<>();

  protected Topic() {}

  /** A new draft. */
  public Topic(String slug, TopicDetails details) {
    this.slug = Slugs.require(slug);
    this.status = TopicStatus.DRAFT;
    describe(details);
  }

  /** Rewrites the descriptive fields; the introduction is sanitised. */
  public final void describe(TopicDetails details) {
    Objects.requireNonNull(details, "details");
    this.title = details.title();
    this.summary = details.summary();
    this.introduction = SafeHtml.sanitise(details.introduction());
    this.audience = details.audience();
    this.owner = details.owner();
    touch();
  }

  /** Adds a section at the end. */
  public Section addSection(SectionContent content) {
    Section section = new Section(this, sections.size(), content);
    sections.add(section);
    touch();
    return section;
  }

  /**
   * Makes the sections exactly these, in this order: existing sections are rewritten in place,
   * extra ones are added and missing ones removed.
   */
  public void replaceSections(List<SectionContent> contents) {
    for (int i = 0; i < contents.size(); i++) {
      if (i < sections.size()) {
        sections.get(i).rewrite(contents.get(i));
        sections.get(i).moveTo(i);
      } else {
        sections.add(new Section(this, i, contents.get(i)));
      }
    }
    while (sections.size() > contents.size()) {
      sections.remove(sections.size() - 1);
    }
    touch();
  }

  /** Moves the section at {@code from} to {@code to}, shifting the others. */
  public void moveSection(int from, int to) {
    Objects.checkIndex(from, sections.size());
    Objects.checkIndex(to, sections.size());
    SectionOrder.move(sections, from, to);
    renumberSections();
    touch();
  }

  public void removeSection(int index) {
    Objects.checkIndex(index, sections.size());
    sections.remove(index);
    renumberSections();
    touch();
  }

  /** Attaches a resource at the end of the list, once. */
  public void attach(Resource resource) {
    if (!resources.contains(resource)) {
      resources.add(Objects.requireNonNull(resource, "resource"));
      touch();
    }
  }

  public void detach(Resource resource) {
    if (resources.remove(resource)) {
      touch();
    }
  }

  /** Makes the attached resources exactly these, in this order. */
  public void replaceResources(List<Resource> replacement) {
    List<Resource> distinct = replacement.stream().distinct().toList();
    if (!distinct.equals(resources)) {
      resources.clear();
      resources.addAll(distinct);
      touch();
    }
  }

  /** Sends the draft to reviewers; whoever sends it may not approve it. */
  public void submitForReview(String author) {
    require(TopicAction.SUBMIT_FOR_REVIEW);
    moveTo(TopicStatus.IN_REVIEW);
    this.submittedBy = Objects.requireNonNull(author, "author");
  }

  /**
   * Publishes a topic that has been reviewed by someone other than its author: the review happened
   * today, and the next falls due after the cycle.
   *
   * @throws SecondPairOfEyesException when the reviewer sent the topic for review
   */
  public void publish(String reviewer, LocalDate today, ReviewCycle cycle, Instant now) {
    require(TopicAction.PUBLISH);
    if (TopicActions.isOwnSubmission(reviewer, submittedBy)) {
      throw new SecondPairOfEyesException(slug, reviewer);
    }
    moveTo(TopicStatus.PUBLISHED);
    becomePublished(today, cycle, now);
  }

  /**
   * Publishes at once, from a draft or from review, without a second pair of eyes: for an
   * emergency, whose reason the caller records.
   */
  public void publishInEmergency(LocalDate today, ReviewCycle cycle, Instant now) {
    require(TopicAction.PUBLISH_IN_EMERGENCY);
    this.status = TopicStatus.PUBLISHED;
    becomePublished(today, cycle, now);
  }

  private void becomePublished(LocalDate today, ReviewCycle cycle, Instant now) {
    this.submittedBy = null;
    markReviewed(today, cycle);
    this.publishedAt = now;
  }

  /** Returns a topic in review to its authors. */
  public void sendBack() {
    require(TopicAction.SEND_BACK);
    moveTo(TopicStatus.DRAFT);
  }

  /** Takes a published topic off the public site for rework; it becomes a draft again. */
  public void withdraw() {
    require(TopicAction.WITHDRAW);
    moveTo(TopicStatus.DRAFT);
  }

  public void archive() {
    moveTo(TopicStatus.ARCHIVED);
  }

  /** Brings an archived topic back as a draft. */
  public void restore() {
    if (status != TopicStatus.ARCHIVED) {
      throw new TransitionRefusedException(
          slug,
          status,
          TopicStatus.DRAFT,
          "only an archived topic can be restored, and this topic is " + status.describe());
    }
    moveTo(TopicStatus.DRAFT);
  }

  /** Records a review of a published topic's content: reviewed today, next due after the cycle. */
  public void markReviewed(LocalDate today, ReviewCycle cycle) {
    require(TopicAction.MARK_REVIEWED);
    this.lastReviewed = Objects.requireNonNull(today, "today");
    this.nextReviewDue = cycle.nextDueAfter(today);
    touch();
  }

  /**
   * Takes over the state recorded elsewhere, such as in a content pack, without going through the
   * workflow: the pack's curators already did.
   */
  public void adoptRecordedState(
      TopicStatus status, LocalDate lastReviewed, LocalDate nextReviewDue, Instant publishedAt) {
    this.status = Objects.requireNonNull(status, "status");
    this.lastReviewed = lastReviewed;
    this.nextReviewDue = nextReviewDue;
    this.publishedAt = status == TopicStatus.PUBLISHED ? publishedAt : this.publishedAt;
    touch();
  }

  /** Whether anyone may read the topic: only when published. */
  public boolean isPublic() {
    return status == TopicStatus.PUBLISHED;
  }

  /** Refuses an action that the topic's status does not start from, saying why. */
  private void require(TopicAction action) {
    if (!action.startsFrom(status)) {
      throw new TransitionRefusedException(slug, status, action, action.wrongStatus(status));
    }
  }

  private void moveTo(TopicStatus target) {
    if (!status.canMoveTo(target)) {
      throw new TransitionRefusedException(slug, status, target);
    }
    this.status = target;
    touch();
  }

  private void renumberSections() {
    for (int i = 0; i < sections.size(); i++) {
      sections.get(i).moveTo(i);
    }
  }

  private void touch() {
    this.updatedAt = Instant.now();
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  public String introduction() {
    return introduction;
  }

  public Audience audience() {
    return audience;
  }

  public String owner() {
    return owner;
  }

  public TopicStatus status() {
    return status;
  }

  public LocalDate lastReviewed() {
    return lastReviewed;
  }

  public LocalDate nextReviewDue() {
    return nextReviewDue;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  /** Who sent the topic for review, while it is in review. */
  public String submittedBy() {
    return submittedBy;
  }

  public TopicDetails details() {
    return new TopicDetails(title, summary, introduction, audience, owner);
  }

  public List<Section> sections() {
    return Collections.unmodifiableList(sections);
  }

  public List<Resource> resources() {
    return Collections.unmodifiableList(resources);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Topic topic && slug.equals(topic.slug);
  }

  @Override
  public int hashCode() {
    return slug.hashCode();
  }

  @Override
  public String toString() {
    return "Topic[" + slug + ", " + status + "]";
  }
}
