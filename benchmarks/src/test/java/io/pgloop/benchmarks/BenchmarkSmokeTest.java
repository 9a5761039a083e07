package io.pgloop.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Runs the smoke mode in-process, so that the build notices when a workload or a client adapter
 * breaks. It checks that everything runs, that the CPU figures are taken where they can be, and
 * that the files are written; the figures mean nothing and no value is asserted. The progress lines
 * are kept out of the log unless the test fails. The server is an embedded PostgreSQL, or the one
 * named by {@code PGLOOP_BENCH_URI}.
 */
class BenchmarkSmokeTest {

  @Test
  void everyWorkloadRunsForEveryClientAndTheResultsAreWritten() throws Exception {
    BenchConfig config = BenchConfig.smokeDefaults().withOverrides();
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    ResultTable table;
    try (PrintStream out = new PrintStream(progress, true, StandardCharsets.UTF_8)) {
      table = BenchmarkMain.run(config, out);
    }
    String log = progress.toString(StandardCharsets.UTF_8);
    System.out.println("benchmark smoke: " + table.summary());

    assertThat(table.results()).as(log).noneMatch(r -> r.error() != null);
    for (WorkloadKind kind : config.workloads()) {
      assertThat(table.results())
          .as("some client measures %s%n%s", kind.id(), log)
          .anyMatch(r -> r.kind() == kind && r.measured());
    }
    // On Linux against the embedded server, every measured row has both CPU figures.
    if (new CpuMeter().procSupported() && System.getenv(BenchServer.URI_VARIABLE) == null) {
      assertThat(table.results())
          .as(log)
          .filteredOn(Result::measured)
          .allSatisfy(
              r -> {
                assertThat(r.clientCpuMicros()).as("client CPU of %s", r.note()).isNotEmpty();
                assertThat(r.serverCpuMicros()).as("server CPU of %s", r.note()).isNotEmpty();
              });
    }
    Path out = config.outDir();
    assertThat(Files.readString(out.resolve("bench-results.csv")))
        .startsWith("workload,client,variant");
    assertThat(Files.readString(out.resolve("bench-results.json"))).contains("\"results\"");
    assertThat(ImageIO.read(out.resolve("bench-results.png").toFile())).isNotNull();
  }
}
