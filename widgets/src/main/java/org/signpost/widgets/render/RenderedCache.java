package org.signpost.widgets.render;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.signpost.core.content.revision.ContentRevision;
import org.signpost.core.publication.EntityTags;

/**
 * Rendered pages, fragments and embeds kept in memory, each for the content revision it was made
 * at: once the revision moves (something was published, here or in another instance), every entry
 * is dropped and made again on its next request. The content revision is read at most twice a
 * second, which bounds how long a published change takes to show.
 *
 * <p>The cache holds at most {@code SIGNPOST_RENDER_CACHE_MEGABYTES} of renderings, counted by
 * their bytes, and lets the least useful go first, so that however many distinct addresses readers
 * ask for, memory stays bounded. Callers key each rendering by what it is made from (a widget's
 * canonical key, a parsed query); an address as typed may only point to a rendering so kept.
 */
@ApplicationScoped
public class RenderedCache {

  /** What an entry costs beyond its own bytes: its key, the entry and the cache's bookkeeping. */
  static final int ENTRY_OVERHEAD = 96;

  /** Longer addresses are not remembered: the loader's own are far shorter. */
  static final int MAX_REMEMBERED_ADDRESS = 1024;

  @Inject ContentRevision revision;

  @Inject
  @ConfigProperty(name = "signpost.render-cache.megabytes")
  long megabytes;

  private Cache<String, Entry> entries;
  private volatile long keptRevision = Long.MIN_VALUE;

  private record Entry(Object value, long revision, int weight) {}

  protected RenderedCache() {}

  /** A cache of at most this many bytes, reading the revision from {@code revision}. */
  RenderedCache(ContentRevision revision, long maxBytes) {
    this.revision = revision;
    this.entries = build(maxBytes);
  }

  @PostConstruct
  void create() {
    entries = build(megabytes * 1024 * 1024);
  }

  private static Cache<String, Entry> build(long maxBytes) {
    return Caffeine.newBuilder()
        .maximumWeight(maxBytes)
        .<String, Entry>weigher((key, entry) -> key.length() * 2 + entry.weight())
        .build();
  }

  /**
   * The rendering for the key at the current revision, made by {@code render} if it is not kept.
   * The function is given the entity tag to use. A "not found" is rendered but not kept.
   */
  public Rendered get(String key, Function<String, Rendered> render) {
    return value(key, Rendered.class, render, Rendered::found, r -> r.body().length);
  }

  /**
   * The rendering last sent for this address as typed, at the current revision, if it is still
   * kept: the way to answer a repeated address before parsing it. See {@link #remember}.
   */
  public Optional<Rendered> sentFor(String address) {
    Entry kept = entries.getIfPresent(address);
    if (kept != null
        && kept.revision() == currentRevision()
        && kept.value() instanceof Rendered r) {
      return Optional.of(r);
    }
    return Optional.empty();
  }

  /**
   * Keeps a found rendering, kept already under the key it is made from, also under the address it
   * was asked by. It is weighed again in full, so that what the cache holds stays within its bound
   * even once the rendering's own entry is gone; addresses asked once are the first to go, and
   * addresses longer than any a widget makes are not kept.
   */
  public void remember(String address, Rendered rendered) {
    if (rendered.found()
        && rendered.revision() == keptRevision
        && address.length() <= MAX_REMEMBERED_ADDRESS) {
      entries.put(
          address,
          new Entry(rendered, rendered.revision(), ENTRY_OVERHEAD + rendered.body().length));
    }
  }

  /**
   * Any answer for the key at the current revision, such as an API listing, made by {@code make}
   * (given the entity tag) if it is not kept, and kept when {@code keep} says so; {@code bytes}
   * estimates what the answer occupies in memory.
   */
  public <T> T value(
      String key,
      Class<T> type,
      Function<String, T> make,
      Predicate<T> keep,
      ToIntFunction<T> bytes) {
    long current = currentRevision();
    Entry kept = entries.getIfPresent(key);
    if (kept != null && kept.revision() == current && type.isInstance(kept.value())) {
      return type.cast(kept.value());
    }
    T fresh = make.apply(EntityTags.of(current, key));
    if (keep.test(fresh) && current == keptRevision) {
      entries.put(key, new Entry(fresh, current, ENTRY_OVERHEAD + bytes.applyAsInt(fresh)));
    }
    return fresh;
  }

  /**
   * The content revision now, for renderings made outside the cache. When it has moved, what was
   * rendered at earlier revisions is dropped.
   */
  public long currentRevision() {
    long current = revision.current();
    if (current != keptRevision) {
      synchronized (this) {
        if (current != keptRevision) {
          entries.invalidateAll();
          keptRevision = current;
        }
      }
    }
    return current;
  }

  /** Roughly how many bytes the kept renderings occupy, for tests and benchmarks. */
  long weight() {
    entries.cleanUp();
    return entries.policy().eviction().orElseThrow().weightedSize().orElse(0);
  }

  /** How many renderings are kept. */
  long size() {
    entries.cleanUp();
    return entries.estimatedSize();
  }
}
