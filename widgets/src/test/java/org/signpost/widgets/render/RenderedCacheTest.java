package org.signpost.widgets.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.signpost.core.content.revision.ContentRevision;

class RenderedCacheTest {

  private static final int MAX_BYTES = 1024 * 1024;

  /** The revision as a test sets it: what the database's would be after a publish. */
  private static final class SetRevision extends ContentRevision {
    private long now = 1;

    @Override
    public long current() {
      return now;
    }
  }

  private final SetRevision revision = new SetRevision();
  private final RenderedCache cache = new RenderedCache(revision, MAX_BYTES);

  private static Rendered page(int bytes, long revision) {
    return Rendered.text("x".repeat(bytes), "text/html", "tag", revision);
  }

  @Test
  void aFloodOfDistinctKeysStaysWithinTheBytesItMayHold() {
    for (int i = 0; i < 2_000; i++) {
      cache.get("key-" + i, tag -> page(20_000, 1));
    }

    assertThat(cache.weight()).isLessThanOrEqualTo(MAX_BYTES);
    assertThat(cache.size()).as("20 KB renderings in 1 MiB").isBetween(1L, 52L);
  }

  @Test
  void aKeptRenderingIsServedUntilTheRevisionMovesAndThenEverythingEarlierIsDropped() {
    AtomicInteger renders = new AtomicInteger();
    for (int i = 0; i < 3; i++) {
      cache.get("topic", tag -> page(renders.incrementAndGet(), 1));
    }
    cache.get("other", tag -> page(10, 1));
    assertThat(renders).hasValue(1);

    revision.now = 2;
    Rendered fresh = cache.get("topic", tag -> page(renders.incrementAndGet() * 100, 2));

    assertThat(renders).hasValue(2);
    assertThat(fresh.body()).hasSize(200);
    assertThat(cache.size()).as("only what was made at revision 2").isEqualTo(1);
  }

  @Test
  void whatWasNotFoundIsNotKept() {
    AtomicInteger renders = new AtomicInteger();
    for (int i = 0; i < 3; i++) {
      cache.get(
          "missing",
          tag -> {
            renders.incrementAndGet();
            return page(10, 1).withStatus(404);
          });
    }

    assertThat(renders).hasValue(3);
    assertThat(cache.size()).isZero();
  }
}
