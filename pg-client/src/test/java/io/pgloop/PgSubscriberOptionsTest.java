package io.pgloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PgSubscriberOptionsTest {

  @Test
  void defaultsReconnectForeverWithABoundedBuffer() {
    PgSubscriberOptions options = new PgSubscriberOptions();

    assertThat(options.getReconnectMaxAttempts()).isEqualTo(PgSubscriberOptions.RECONNECT_FOREVER);
    assertThat(options.getReconnectInitialDelay()).isEqualTo(Duration.ofMillis(100));
    assertThat(options.getReconnectMaxDelay()).isEqualTo(Duration.ofSeconds(10));
    assertThat(options.getMaxBufferedNotifications()).isEqualTo(4096);
    assertThat(options.getHealthCheckInterval()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void aCopyIsIndependent() {
    PgSubscriberOptions original = new PgSubscriberOptions().setReconnectMaxAttempts(3);
    PgSubscriberOptions copy = new PgSubscriberOptions(original);

    original.setReconnectMaxAttempts(7).setMaxBufferedNotifications(9);

    assertThat(copy.getReconnectMaxAttempts()).isEqualTo(3);
    assertThat(copy.getMaxBufferedNotifications()).isEqualTo(4096);
  }

  @Test
  void invalidValuesAreRefusedByName() {
    PgSubscriberOptions options = new PgSubscriberOptions();

    assertThatThrownBy(() -> options.setReconnectInitialDelay(Duration.ZERO))
        .hasMessage("reconnectInitialDelay must be positive, not PT0S");
    assertThatThrownBy(() -> options.setReconnectMaxAttempts(-2))
        .hasMessage("reconnectMaxAttempts must be -1 (forever) or at least 0, not -2");
    assertThatThrownBy(() -> options.setHealthCheckInterval(Duration.ofSeconds(-1)))
        .hasMessage("healthCheckInterval must be zero (never) or positive, not PT-1S");
    assertThatThrownBy(() -> options.setMaxBufferedNotifications(0))
        .hasMessage("maxBufferedNotifications must be at least 1, not 0");
    assertThatThrownBy(
            () ->
                new PgSubscriberOptions()
                    .setReconnectInitialDelay(Duration.ofSeconds(5))
                    .setReconnectMaxDelay(Duration.ofSeconds(1))
                    .validate())
        .hasMessage("reconnectInitialDelay (PT5S) must not exceed reconnectMaxDelay (PT1S)");
  }
}
