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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.signpost.core.content.SafeHtml;
import org.signpost.core.content.Slugs;
import org.signpost.core.resource.Resource;
import org.signpost.core.taxonomy.Audience;

/**
 * A page of guidance on one subject, such as Healthy Relationships: introduction, ordered sections
 * and attached resources. Where it stands in the workflow, and the moves it allows, are its {@link
 * TopicLifecycle}.
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
            + " AND t.review.nextReviewDue <= :date ORDER BY t.review.nextReviewDue, t.title")
@NamedQuery(
    name = Topic.PUBLISHED_FOR_KEY_STAGE,
    query =
        "SELECT DISTINCT t FROM Topic t JOIN t.resources r"
            + " WHERE t.status = org.signpost.core.topic.TopicStatus.PUBLISHED"
            + " AND r.archived = FALSE AND r.approved = TRUE AND :keyStage MEMBER OF r.keyStages"
            + " ORDER BY t.title")
public class Topic extends TopicLifecycle {

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

  @Column(name = "quick_exit", nullable = false)
  private boolean quickExit;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

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
    this.quickExit = details.quickExit();
    touch();
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

  @Override
  protected void touch() {
    this.updatedAt = Instant.now();
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  @Override
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

  /** Whether its pages offer a quick exit to a neutral site. */
  public boolean quickExit() {
    return quickExit;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public TopicDetails details() {
    return new TopicDetails(title, summary, introduction, audience, owner, quickExit);
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
    return "Topic[" + slug + ", " + status() + "]";
  }
}
