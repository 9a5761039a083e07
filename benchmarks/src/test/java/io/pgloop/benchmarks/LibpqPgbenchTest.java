package io.pgloop.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The pgbench script and the reading of pgbench's report, without running pgbench. */
class LibpqPgbenchTest {

  private static final String REPORT =
      """
      pgbench (15.18 (Debian 15.18-0+deb12u1))
      transaction type: /tmp/pgloop-bench-1.pgbench
      scaling factor: 1
      query mode: prepared
      number of clients: 4
      number of threads: 2
      maximum number of tries: 1
      duration: 5 s
      number of transactions actually processed: 6950
      number of failed transactions: 0 (0.000%)
      latency average = 2.878 ms
      initial connection time = 4.101 ms
      tps = 1390.000000 (without initial connection time)
      """;

  @Test
  void aTransactionIsSixtyFourQueries() throws IOException {
    Workload.Run run = LibpqPgbench.parse(REPORT, 64);

    assertThat(run.units()).isEqualTo(6950L * 64);
    assertThat(run.nanos()).isEqualTo(5_000_000_000L);
    assertThat(run.rate()).isEqualTo(1390.0 * 64);
  }

  @Test
  void aReportWithoutFiguresIsAnError() {
    assertThatThrownBy(() -> LibpqPgbench.parse("pgbench: error: connection refused", 64))
        .isInstanceOf(IOException.class)
        .hasMessage("cannot read pgbench's report: pgbench: error: connection refused");
  }

  @Test
  void oneSyncPerScriptPipelinesAllSixtyFourSelects() {
    String script = LibpqPgbench.script(LibpqPgbench.Mode.SYNC_PER_PIPELINE);

    assertThat(script.lines().filter(l -> l.startsWith("SELECT"))).hasSize(64);
    assertThat(script).doesNotContain("\\syncpipeline");
    assertThat(script.indexOf("\\startpipeline")).isGreaterThan(script.lastIndexOf("\\set"));
    assertThat(script).endsWith("\\endpipeline\n");
  }

  @Test
  void aSyncPerQuerySyncsBetweenSelectsAndEndpipelineSendsTheLast() {
    String script = LibpqPgbench.script(LibpqPgbench.Mode.SYNC_PER_QUERY);

    assertThat(script.lines().filter(l -> l.equals("\\syncpipeline"))).hasSize(63);
    assertThat(script).contains(":id64;\n\\endpipeline\n");
  }

  @Test
  void oneInFlightIsASingleSelectOutsideAPipeline() {
    assertThat(LibpqPgbench.script(LibpqPgbench.Mode.ONE_IN_FLIGHT))
        .isEqualTo(
            "\\set id1 random(1, :rows)\n"
                + "SELECT id, randomnumber FROM world WHERE id = :id1;\n");
  }
}
