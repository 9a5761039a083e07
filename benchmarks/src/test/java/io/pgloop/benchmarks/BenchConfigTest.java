package io.pgloop.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code bench.*} properties, as the pom passes them to the forked JVM: every one of them,
 * blank where the command line does not set it.
 */
class BenchConfigTest {

  private static final List<String> PROPERTIES =
      List.of(
          "bench.mode",
          "bench.out",
          "bench.warmup",
          "bench.duration",
          "bench.iterations",
          "bench.streamRows",
          "bench.workloads",
          "bench.clients",
          "bench.variants");

  private final Map<String, String> saved = new HashMap<>();

  @BeforeEach
  void blankEveryProperty() {
    for (String name : PROPERTIES) {
      saved.put(name, System.getProperty(name));
      System.setProperty(name, "");
    }
  }

  @AfterEach
  void restoreProperties() {
    saved.forEach(
        (name, value) -> {
          if (value == null) {
            System.clearProperty(name);
          } else {
            System.setProperty(name, value);
          }
        });
  }

  @Test
  void variantsRunWhenTheirNoteContainsOneOfTheParts() {
    assertThat(BenchConfig.fromSystemProperties().runsVariant("PgPool, maxSize 4")).isTrue();
    System.setProperty("bench.variants", "PgPool, plain");

    BenchConfig config = BenchConfig.fromSystemProperties();

    assertThat(config.runsVariant("PgPool, maxSize 4")).isTrue();
    assertThat(config.runsVariant("4 plain connections, round-robin")).isTrue();
    assertThat(config.runsVariant("Pool, 4 connections")).isFalse();
  }

  @Test
  void blankPropertiesAreUnset() {
    BenchConfig config = BenchConfig.fromSystemProperties();

    assertThat(config).isEqualTo(BenchConfig.fullDefaults());
    assertThat(config.outDir()).isEqualTo(Path.of("target"));
  }

  @Test
  void setPropertiesOverrideTheModesDefaults() {
    System.setProperty("bench.mode", " smoke ");
    System.setProperty("bench.out", "/tmp/bench");
    System.setProperty("bench.warmup", "0.5");
    System.setProperty("bench.iterations", "3");
    System.setProperty("bench.workloads", "seq1, pipe");

    BenchConfig config = BenchConfig.fromSystemProperties();

    assertThat(config.smoke()).isTrue();
    assertThat(config.outDir()).isEqualTo(Path.of("/tmp/bench"));
    assertThat(config.warmup()).isEqualTo(Duration.ofMillis(500));
    assertThat(config.iterations()).isEqualTo(3);
    assertThat(config.workloads()).containsExactly(WorkloadKind.SEQ1, WorkloadKind.PIPE);
    assertThat(config.streamRows()).isEqualTo(BenchConfig.smokeDefaults().streamRows());
  }

  @Test
  void aNumberThatIsNotOneIsAnErrorNamingTheProperty() {
    System.setProperty("bench.iterations", "five");

    assertThatThrownBy(BenchConfig::fromSystemProperties)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bench.iterations: expected a whole number, got \"five\"");
  }
}
