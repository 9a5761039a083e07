package io.pgloop.impl.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconnectBackoffTest {

  private static List<Long> delays(ReconnectBackoff backoff, int count) {
    List<Long> delays = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      delays.add(backoff.nextDelayMillis());
    }
    return delays;
  }

  @Test
  void theBaseDoublesUpToTheCeiling() {
    ReconnectBackoff backoff =
        new ReconnectBackoff(Duration.ofMillis(100), Duration.ofMillis(1000), () -> 0.0);

    assertThat(delays(backoff, 6)).containsExactly(100L, 200L, 400L, 800L, 1000L, 1000L);
    assertThat(backoff.attempts()).isEqualTo(6);
  }

  @Test
  void jitterTakesAtMostHalfTheBase() {
    ReconnectBackoff backoff =
        new ReconnectBackoff(Duration.ofMillis(100), Duration.ofMillis(1000), () -> 0.999999);

    assertThat(delays(backoff, 5)).containsExactly(51L, 101L, 201L, 401L, 501L);
  }

  @Test
  void aSuccessStartsOverFromTheInitialDelay() {
    ReconnectBackoff backoff =
        new ReconnectBackoff(Duration.ofMillis(100), Duration.ofMillis(1000), () -> 0.0);
    delays(backoff, 3);

    backoff.reset();

    assertThat(backoff.attempts()).isZero();
    assertThat(backoff.nextDelayMillis()).isEqualTo(100);
  }

  @Test
  void manyFailuresNeverOverflow() {
    ReconnectBackoff backoff =
        new ReconnectBackoff(Duration.ofMillis(1), Duration.ofDays(365), () -> 0.0);

    List<Long> delays = delays(backoff, 100);

    assertThat(delays).allMatch(d -> d > 0 && d <= Duration.ofDays(365).toMillis());
    assertThat(delays.get(99)).isEqualTo(Duration.ofDays(365).toMillis());
  }
}
