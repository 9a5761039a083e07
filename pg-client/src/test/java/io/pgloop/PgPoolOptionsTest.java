package io.pgloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Pool options: defaults, checks with messages that name the option, copies. */
class PgPoolOptionsTest {

  @Test
  void defaults() {
    PgPoolOptions options = new PgPoolOptions();
    assertThat(options.getMinSize()).isZero();
    assertThat(options.getMaxSize()).isEqualTo(4);
    assertThat(options.getMaxWaitQueueSize()).isEqualTo(-1);
    assertThat(options.getAcquireTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(options.getMaxIdle()).isEqualTo(Duration.ofMinutes(10));
    assertThat(options.getMaxLifetime()).isEqualTo(Duration.ofHours(1));
    assertThat(options.getMaxLifetimeJitter()).isEqualTo(0.1);
    assertThat(options.getIdleCheckThreshold()).isEqualTo(Duration.ofSeconds(30));
    assertThat(options.isShared()).isFalse();
    assertThat(options.getName()).isNull();
    assertThat(options.getLeakDetectionThreshold()).isNull();
  }

  @Test
  void invalidValuesAreRefusedWithTheOptionsName() {
    PgPoolOptions options = new PgPoolOptions();
    assertThatThrownBy(() -> options.setMaxSize(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxSize must be at least 1, not 0");
    assertThatThrownBy(() -> options.setMaxWaitQueueSize(-2))
        .hasMessage("maxWaitQueueSize must be at least -1, not -2");
    assertThatThrownBy(() -> options.setAcquireTimeout(Duration.ZERO))
        .hasMessage("acquireTimeout must be positive, not PT0S");
    assertThatThrownBy(() -> options.setMaxIdle(Duration.ofSeconds(-1)))
        .hasMessage("maxIdle must not be negative, not PT-1S");
    assertThatThrownBy(() -> options.setMaxLifetimeJitter(1.5))
        .hasMessage("maxLifetimeJitter must be within [0, 1], not 1.5");
    assertThatThrownBy(() -> new PgPoolOptions().setMinSize(5).setMaxSize(2).validate())
        .hasMessage("minSize (5) must not exceed maxSize (2)");
    assertThatThrownBy(
            () -> new PgPoolOptions().setReconnectInitialDelay(Duration.ofSeconds(20)).validate())
        .hasMessage("reconnectInitialDelay (PT20S) must not exceed reconnectMaxDelay (PT10S)");
  }

  @Test
  void aCopyDoesNotFollowTheOriginal() {
    PgPoolOptions original =
        new PgPoolOptions().setName("a").setMaxSize(7).setResetSql("RESET ALL");
    PgPoolOptions copy = new PgPoolOptions(original);
    original.setMaxSize(1).setName("b");
    assertThat(copy.getMaxSize()).isEqualTo(7);
    assertThat(copy.getName()).isEqualTo("a");
    assertThat(copy.getResetSql()).isEqualTo("RESET ALL");
  }
}
