package org.signpost.core.content.revision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.signpost.core.persistence.FilteredQuery;
import org.signpost.core.persistence.Page;
import org.signpost.core.persistence.PageRequest;
import org.signpost.core.persistence.SignpostUnit;

/** Keeps and reads the revisions of content, numbering them per subject. */
@ApplicationScoped
public class RevisionLog {

  @PersistenceContext(unitName = SignpostUnit.NAME)
  EntityManager em;

  Clock clock = Clock.systemUTC();

  protected RevisionLog() {}

  /** For use outside a container, with an entity manager whose transaction the caller runs. */
  public RevisionLog(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  /** Records a saved change; it becomes the subject's newest revision. */
  public Revision record(
      RevisionSubject subject, String key, String author, String summary, String snapshot) {
    Integer last =
        em.createNamedQuery(Revision.LAST_NUMBER, Integer.class)
            .setParameter("subject", subject)
            .setParameter("key", key)
            .getSingleResult();
    Revision revision =
        new Revision(
            subject, key, last == null ? 1 : last + 1, author, summary, snapshot, clock.instant());
    em.persist(revision);
    return revision;
  }

  /** One revision of a subject by its number. */
  public Optional<Revision> find(RevisionSubject subject, String key, int number) {
    return em.createNamedQuery(Revision.NUMBERED, Revision.class)
        .setParameter("subject", subject)
        .setParameter("key", key)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  /**
   * The snapshot of the changes a topic or resource holds for approval in revision {@code number},
   * if it names one.
   *
   * @throws IllegalStateException when the subject names a revision its history lacks
   */
  public Optional<String> heldSnapshot(RevisionSubject subject, String key, Integer number) {
    if (number == null) {
      return Optional.empty();
    }
    return Optional.of(
        find(subject, key, number)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "The changes to \"" + key + "\" are missing from its history."))
            .snapshot());
  }

  /** The subject's newest revision, if it has any. */
  public Optional<Revision> latest(RevisionSubject subject, String key) {
    return em.createNamedQuery(Revision.OF_SUBJECT, Revision.class)
        .setParameter("subject", subject)
        .setParameter("key", key)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /**
   * The audit log: saved changes of the given kinds of subject, newest first, narrowed to an author
   * when given; nothing when no kind is given.
   */
  public Page<RevisionEntry> recent(
      String author, Collection<RevisionSubject> kinds, PageRequest page) {
    if (kinds.isEmpty()) {
      return Page.empty(page);
    }
    String who = author == null || author.isBlank() ? null : author.strip();
    SnapshotNames names = names();
    return FilteredQuery.over("Revision", "r")
        .when(who, "author", "r.author = :author")
        .when(List.copyOf(kinds), "subjects", "r.subject IN :subjects")
        .page(
            em,
            Revision.class,
            "r.createdAt DESC, r.id DESC",
            page,
            revision -> RevisionEntry.of(revision, names));
  }

  /** The subject's revisions, newest first. */
  public List<Revision> of(RevisionSubject subject, String key) {
    return em.createNamedQuery(Revision.OF_SUBJECT, Revision.class)
        .setParameter("subject", subject)
        .setParameter("key", key)
        .getResultList();
  }

  /** The subject's changes as the console lists them, newest first. */
  public List<RevisionEntry> entries(RevisionSubject subject, String key) {
    SnapshotNames names = names();
    return of(subject, key).stream().map(revision -> RevisionEntry.of(revision, names)).toList();
  }

  /**
   * What changed between two of the subject's revisions, line by line in a readable form; empty
   * when either number is not one of its revisions.
   */
  public List<ChangedLine> compare(RevisionSubject subject, String key, int older, int newer) {
    List<Revision> kept = of(subject, key);
    Optional<Revision> before = numbered(kept, Math.min(older, newer));
    Optional<Revision> after = numbered(kept, Math.max(older, newer));
    return before.isEmpty() || after.isEmpty()
        ? List.of()
        : compare(before.get().snapshot(), after.get().snapshot());
  }

  /**
   * What changed between two snapshots of one subject, line by line in a readable form, with
   * resources and organisations named by their present titles.
   */
  public List<ChangedLine> compare(String older, String newer) {
    return RevisionComparison.compare(older, newer, names());
  }

  private SnapshotNames names() {
    return new SnapshotNames(
        pairs("SELECT t.slug, t.title FROM Topic t"),
        pairs("SELECT r.slug, r.title FROM Resource r"),
        pairs("SELECT o.slug, o.name FROM Organisation o"));
  }

  private Map<String, String> pairs(String query) {
    Map<String, String> pairs = new HashMap<>();
    for (Object[] row : em.createQuery(query, Object[].class).getResultList()) {
      pairs.put((String) row[0], (String) row[1]);
    }
    return pairs;
  }

  private static Optional<Revision> numbered(List<Revision> kept, int number) {
    return kept.stream().filter(r -> r.number() == number).findFirst();
  }
}
