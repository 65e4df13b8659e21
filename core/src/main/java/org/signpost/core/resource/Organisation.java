package org.signpost.core.resource;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.signpost.core.content.PlainText;
import org.signpost.core.content.Slugs;
import org.signpost.core.validation.Refusal;

/** A body that provides resources, such as the NSPCC or Childline, with its home page. */
@Entity
@Table(name = "organisation")
@NamedQuery(
    name = Organisation.BY_SLUG,
    query = "SELECT o FROM Organisation o WHERE o.slug = :slug")
@NamedQuery(name = Organisation.ALL, query = "SELECT o FROM Organisation o ORDER BY o.name")
public class Organisation {

  public static final String BY_SLUG = "Organisation.bySlug";
  public static final String ALL = "Organisation.all";
  public static final int MAX_NAME = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @NotNull
  @Pattern(regexp = Slugs.PATTERN)
  @Column(nullable = false, unique = true, length = Slugs.MAX_LENGTH)
  private String slug;

  @NotBlank
  @Size(max = MAX_NAME)
  @Column(nullable = false, length = MAX_NAME)
  private String name;

  @NotNull
  @Column(name = "home_page", nullable = false, length = WebAddress.MAX_LENGTH)
  private String homePage;

  protected Organisation() {}

  public Organisation(String slug, String name, String homePage) {
    this.slug = Slugs.require(slug);
    rename(name, homePage);
  }

  /** Changes the name and the home page, which must be an http(s) address. */
  public final void rename(String name, String homePage) {
    if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
      throw new Refusal("resource.organisation-name", MAX_NAME);
    }
    this.name = PlainText.require(name.strip(), "an organisation's name");
    this.homePage = WebAddress.require(homePage);
  }

  public Long id() {
    return id;
  }

  public String slug() {
    return slug;
  }

  public String name() {
    return name;
  }

  public String homePage() {
    return homePage;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Organisation o && slug.equals(o.slug);
  }

  @Override
  public int hashCode() {
    return slug.hashCode();
  }

  @Override
  public String toString() {
    return "Organisation[" + slug + "]";
  }
}
