package org.signpost.widgets.render;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.signpost.core.publication.ContentRevision;
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

  private final ConcurrentHashMap<String, Rendered> entries = new ConcurrentHashMap<>();

  /**
   * The rendering for the key at the current revision, made by {@code render} if it is not kept.
   * The function is given the entity tag to use. A "not found" is rendered but not kept.
   */
  public Rendered get(String key, Function<String, Rendered> render) {
    long current = revision.current();
    Rendered kept = entries.get(key);
    if (kept != null && kept.revision() == current) {
      return kept;
    }
    Rendered fresh = render.apply(EntityTags.of(current, key));
    if (fresh.found()) {
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
      entries.put(key, fresh);
    }
    return fresh;
  }

  /** The content revision now, for renderings made outside the cache. */
  public long currentRevision() {
    return revision.current();
  }
}
