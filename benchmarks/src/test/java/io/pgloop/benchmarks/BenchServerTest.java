package io.pgloop.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the embedded server's postmaster, whose processes' CPU time is the server's. */
class BenchServerTest {

  @Test
  void thePostmasterIsTheFirstLineOfPostmasterPid(@TempDir Path data) throws Exception {
    // The layout PostgreSQL 18 writes: pid, data directory, start time, port, socket directory...
    Files.writeString(
        data.resolve("postmaster.pid"),
        "4711\n" + data + "\n1767300000\n5432\n/tmp\nlocalhost\n  5432001     32768\nready   \n");

    assertThat(BenchServer.postmasterPid(data)).hasValue(4711);
  }

  @Test
  void withoutPostmasterPidThereIsNone(@TempDir Path data) throws Exception {
    assertThat(BenchServer.postmasterPid(data)).isEmpty();
    Files.writeString(data.resolve("postmaster.pid"), "");
    assertThat(BenchServer.postmasterPid(data)).isEmpty();
    Files.writeString(data.resolve("postmaster.pid"), "not a pid\n");
    assertThat(BenchServer.postmasterPid(data)).isEmpty();
  }
}
