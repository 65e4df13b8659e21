package org.signpost.widgets.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeoutException;
import java.lang.reflect.Proxy;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.signpost.core.feedback.FeedbackLimits;
import org.signpost.core.limit.LocalAllowances;

class SubmissionThrottleTest {

  private final SubmissionThrottle cut = new SubmissionThrottle();

  @BeforeEach
  void allowThreeAtOnce() {
    cut.settings = new FeedbackLimits(6, 3);
    cut.allowances = new LocalAllowances();
    cut.start();
  }

  @Test
  void aClientIsHeldBackAfterItsBurstAndToldHowLongToWait() {
    for (int i = 0; i < 3; i++) {
      assertThat(cut.take("203.0.113.9")).isEmpty();
    }

    OptionalLong wait = cut.take("203.0.113.9");

    assertThat(wait).isPresent();
    assertThat(wait.getAsLong()).isBetween(1L, 11L);
  }

  @Test
  void anotherClientHasItsOwnAllowance() {
    for (int i = 0; i < 3; i++) {
      cut.take("203.0.113.9");
    }

    assertThat(cut.take("198.51.100.7")).isEmpty();
  }

  @Test
  void whenTheGridCannotAnswerInTimeTheAnswerIsLetThrough() {
    cut.allowances = (limit, key, limits) -> unanswering();

    assertThat(cut.take("203.0.113.9")).isEmpty();
  }

  @Test
  void anyOtherFailureOfTheLimitIsNotHidden() {
    cut.allowances =
        (limit, key, limits) -> {
          throw new IllegalStateException("a fault of ours");
        };

    assertThatThrownBy(() -> cut.take("203.0.113.9")).isInstanceOf(IllegalStateException.class);
  }

  /** A bucket of a grid reshaping after a member's loss: every question times out. */
  private static Bucket unanswering() {
    return (Bucket)
        Proxy.newProxyInstance(
            Bucket.class.getClassLoader(),
            new Class<?>[] {Bucket.class},
            (proxy, method, arguments) -> {
              throw new TimeoutException("no answer", 400_000_000L, 300_000_000L);
            });
  }
}
