package org.signpost.core.content.revision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;

/**
 * One saved change to a topic, resource or organisation: who made it, when, a short account of what
 * changed, and a snapshot of the whole thing afterwards in content-pack JSON.
 */
@Entity
@Table(name = "revision")
@NamedQuery(
    name = Revision.OF_SUBJECT,
    query =
        "SELECT r FROM Revision r WHERE r.subject = :subject AND r.subjectKey = :key"
            + " ORDER BY r.number DESC")
@NamedQuery(
    name = Revision.LAST_NUMBER,
    query =
        "SELECT MAX(r.number) FROM Revision r WHERE r.subject = :subject AND r.subjectKey = :key")
@NamedQuery(
    name = Revision.NUMBERED,
    query =
        "SELECT r FROM Revision r WHERE r.subject = :subject AND r.subjectKey = :key"
            + " AND r.number = :number")
public class Revision {

  public static final String NUMBERED = "Revision.numbered";
  public static final String OF_SUBJECT = "Revision.ofSubject";
  public static final String LAST_NUMBER = "Revision.lastNumber";
  public static final int MAX_SNAPSHOT = 400_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RevisionSubject subject;

  @NotBlank
  @Column(name = "subject_key", nullable = false, length = 80)
  private String subjectKey;

  @Column(nullable = false)
  private int number;

  @NotBlank
  @Size(max = 60)
  @Column(nullable = false, length = 60)
  private String author;

  @NotBlank
  @Size(max = 500)
  @Column(nullable = false, length = 500)
  private String summary;

  @NotNull
  @Size(max = MAX_SNAPSHOT)
  @Column(nullable = false, length = MAX_SNAPSHOT)
  private String snapshot;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Revision() {}

  Revision(
      RevisionSubject subject,
      String subjectKey,
      int number,
      String author,
      String summary,
      String snapshot,
      Instant createdAt) {
    this.subject = Objects.requireNonNull(subject, "subject");
    this.subjectKey = Objects.requireNonNull(subjectKey, "subjectKey");
    this.number = number;
    this.author = Objects.requireNonNull(author, "author");
    this.summary = summary.length() > 500 ? summary.substring(0, 500) : summary;
    this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  public Long id() {
    return id;
  }

  public RevisionSubject subject() {
    return subject;
  }

  public String subjectKey() {
    return subjectKey;
  }

  /** Counts from 1 for each subject. */
  public int number() {
    return number;
  }

  public String author() {
    return author;
  }

  public String summary() {
    return summary;
  }

  public String snapshot() {
    return snapshot;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
