package org.signpost.widgets.render;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.signpost.core.content.revision.ContentRevision;
import org.signpost.core.publication.EntityTags;

/**
 * Rendered pages, fragments and embeds kept in memory, each for the content revision it was made
 * at: once the revision moves (something was published, here or in another war or instance), every
 * entry is stale and is made again on its next request. The content revision is read at most twice
 * a second, which bounds how long a published change takes to show.
 */
@ApplicationScoped
public class RenderedCache {

  /** Beyond this many entries the cache starts again, so that odd parameters cannot fill memory. */
  static final int MAX_ENTRIES = 20_000;

  @Inject ContentRevision revision;

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  private record Entry(Object value, long revision) {}

  /**
   * The rendering for the key at the current revision, made by {@code render} if it is not kept.
   * The function is given the entity tag to use. A "not found" is rendered but not kept.
   */
  public Rendered get(String key, Function<String, Rendered> render) {
    return value(key, Rendered.class, render, Rendered::found);
  }

  /**
   * Any answer for the key at the current revision, such as an API listing, made by {@code make}
   * (given the entity tag) if it is not kept, and kept when {@code keep} says so.
   */
  public <T> T value(String key, Class<T> type, Function<String, T> make, Predicate<T> keep) {
    long current = revision.current();
    Entry kept = entries.get(key);
    if (kept != null && kept.revision() == current && type.isInstance(kept.value())) {
      return type.cast(kept.value());
    }
    T fresh = make.apply(EntityTags.of(current, key));
    if (keep.test(fresh)) {
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
      entries.put(key, new Entry(fresh, current));
    }
    return fresh;
  }

  /** The content revision now, for renderings made outside the cache. */
  public long currentRevision() {
    return revision.current();
  }
}
