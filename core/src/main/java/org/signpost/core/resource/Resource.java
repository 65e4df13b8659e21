package org.signpost.core.resource;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.signpost.core.content.Slugs;
import org.signpost.core.content.review.ReviewedContent;
import org.signpost.core.taxonomy.Audience;
import org.signpost.core.taxonomy.KeyStage;
import org.signpost.core.taxonomy.ResourceType;

/**
 * A trusted external resource that topics point to, such as the NSPCC's lessons for Key Stage 3,
 * with the key stages and audiences it suits, its provider and the health of its link. One resource
 * may belong to several topics. Key stages, audiences and providers are read for every resource a
 * query found at once (batch fetching), not with a query per resource: a topic of 1,000 resources
 * is a handful of queries.
 */
@Entity
@Table(name = "resource")
@NamedQuery(name = Resource.BY_SLUG, query = "SELECT r FROM Resource r WHERE r.slug = :slug")
@NamedQuery(name = Resource.ALL, query = "SELECT r FROM Resource r ORDER BY r.title")
public class Resource extends ReviewedContent {

  public static final String BY_SLUG = "Resource.bySlug";
  public static final String ALL = "Resource.all";
  public static final int MAX_TITLE = 200;
  public static final int MAX_DESCRIPTION = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @NotNull
  @Pattern(regexp = Slugs.PATTERN)
  @Column(nullable = false, unique = true, length = Slugs.MAX_LENGTH)
  private String slug;

  @NotBlank
  @Size(max = MAX_TITLE)
  @Column(nullable = false, length = MAX_TITLE)
  private String title;

  @NotBlank
  @Size(max = WebAddress.MAX_LENGTH)
  @Column(nullable = false, length = WebAddress.MAX_LENGTH)
  private String url;

  @NotNull
  @Size(max = MAX_DESCRIPTION)
  @Column(nullable = false, length = MAX_DESCRIPTION)
  private String description;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ResourceType type;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "resource_key_stage", joinColumns = @JoinColumn(name = "resource_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "key_stage", nullable = false, length = 10)
  private Set<KeyStage> keyStages = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "resource_audience", joinColumns = @JoinColumn(name = "resource_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "audience", nullable = false, length = 30)
  private Set<Audience> audiences = new HashSet<>();

  @NotNull
  @ManyToOne(optional = false)
  @JoinColumn(name = "provider_id")
  private Organisation provider;

  @Embedded private LinkHealth linkHealth = LinkHealth.unchecked();

  @Column(nullable = false)
  private boolean archived;

  @Column(nullable = false)
  private boolean approved = true;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Resource() {}

  public Resource(String slug, ResourceDetails details) {
    this.slug = Slugs.require(slug);
    describe(details);
  }

  /** Rewrites what the resource is; a changed address resets its link health. */
  public final void describe(ResourceDetails details) {
    Objects.requireNonNull(details, "details");
    if (url != null && !url.equals(details.url())) {
      linkHealth = LinkHealth.unchecked();
    }
    this.title = details.title();
    this.url = details.url();
    this.description = details.description();
    this.type = details.type();
    this.keyStages.clear();
    this.keyStages.addAll(details.keyStages());
    this.audiences.clear();
    this.audiences.addAll(details.audiences());
    this.provider = details.provider();
    this.updatedAt = Instant.now();
  }

  /** Adds a key stage that the resource also suits. */
  public void addKeyStage(KeyStage keyStage) {
    if (keyStages.add(Objects.requireNonNull(keyStage, "keyStage"))) {
      updatedAt = Instant.now();
    }
  }

  public boolean suits(KeyStage keyStage) {
    return keyStages.contains(keyStage);
  }

  public void recordLinkCheck(LinkHealth health) {
    this.linkHealth = Objects.requireNonNull(health, "health");
  }

  /**
   * A resource a curator added: readers see it once someone who did not write it approves it.
   * Resources from a content pack come approved by the pack's curators.
   */
  public void awaitFirstApproval(String login) {
    this.approved = false;
    approval().changedBy(login);
  }

  /** Whether changes wait aside for approval: an approved resource's, while readers see it. */
  @Override
  public boolean holdsChangesAside() {
    return approved;
  }

  /** Someone who did not change it approved it (the caller writes in any changes held). */
  public void approve() {
    this.approved = true;
    approval().clear();
  }

  /** Drops the changes held for an approved resource. */
  public void discardChanges() {
    approval().clear();
  }

  /** Whether the resource, or changes to it, wait for someone to approve them. */
  public boolean awaitsApproval() {
    return !approved || pendingRevision() != null;
  }

  /** Whether readers may see it: approved at least once, and not archived. */
  public boolean isPublic() {
    return approved && !archived;
  }

  public boolean isApproved() {
    return approved;
  }

  /** Takes the resource out of every public list without losing it. */
  public void archive() {
    this.archived = true;
    this.updatedAt = Instant.now();
  }

  public void reinstate() {
    this.archived = false;
    this.updatedAt = Instant.now();
  }

  public Long id() {
    return id;
  }

  @Override
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

  public String url() {
    return url;
  }

  public String description() {
    return description;
  }

  public ResourceType type() {
    return type;
  }

  /** The key stages in school order. */
  public Set<KeyStage> keyStages() {
    return keyStages.isEmpty() ? EnumSet.noneOf(KeyStage.class) : EnumSet.copyOf(keyStages);
  }

  public Set<Audience> audiences() {
    return audiences.isEmpty() ? EnumSet.noneOf(Audience.class) : EnumSet.copyOf(audiences);
  }

  public Organisation provider() {
    return provider;
  }

  public LinkHealth linkHealth() {
    return linkHealth;
  }

  public boolean isArchived() {
    return archived;
  }

  @Override
  public Instant updatedAt() {
    return updatedAt;
  }

  public ResourceDetails details() {
    return new ResourceDetails(title, url, description, type, keyStages, audiences, provider);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Resource r && slug.equals(r.slug);
  }

  @Override
  public int hashCode() {
    return slug.hashCode();
  }

  @Override
  public String toString() {
    return "Resource[" + slug + "]";
  }
}
