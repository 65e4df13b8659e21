package org.signpost.widgets.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.signpost.core.publication.CachePolicy;
import org.signpost.core.publication.EntityTags;

/** The public side's one caching rule, as a cache or a browser sees it. */
class PublicCachingTest {

  private static final String TAG = EntityTags.of(7, "/topics/healthy-relationships?null|*/*");

  @Test
  void whatWasFoundCarriesItsTagAndMayBeKeptByAnyCache() {
    PublicCaching caching = PublicCaching.of(200, TAG, null);

    assertThat(caching.status()).isEqualTo(200);
    assertThat(caching.readerHoldsIt()).isFalse();
    assertThat(caching.headers())
        .containsEntry("ETag", TAG)
        .containsEntry("Cache-Control", CachePolicy.PUBLIC);
  }

  @Test
  void aReaderWhoHoldsTheTagGetsA304WithTheSameHeadersAndNoBody() {
    PublicCaching caching = PublicCaching.of(200, TAG, "\"other\", " + TAG.substring(2));

    assertThat(caching.status()).isEqualTo(304);
    assertThat(caching.readerHoldsIt()).isTrue();
    assertThat(caching.headers()).containsEntry("ETag", TAG);
  }

  @Test
  void aTagFromBeforeAPublishIsNotTheReadersAnyMore() {
    String before = EntityTags.of(6, "/topics/healthy-relationships?null|*/*");

    assertThat(PublicCaching.of(200, TAG, before).readerHoldsIt()).isFalse();
  }

  @Test
  void anErrorIsNeverStoredAndNeverTaggedWhateverTheReaderHolds() {
    for (int status : new int[] {400, 404, 503}) {
      PublicCaching caching = PublicCaching.of(status, null, "*");
      assertThat(caching.status()).isEqualTo(status);
      assertThat(caching.readerHoldsIt()).isFalse();
      assertThat(caching.headers())
          .as("status " + status)
          .containsEntry("Cache-Control", CachePolicy.NO_STORE)
          .doesNotContainKey("ETag");
    }
  }
}
