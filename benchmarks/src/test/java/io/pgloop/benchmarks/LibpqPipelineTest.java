package io.pgloop.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The libpq program's report, its connection string, and what happens without a compiler. */
class LibpqPipelineTest {

  @Test
  void theReportGivesQueriesAndNanos() throws IOException {
    Workload.Run run = LibpqPipeline.parse("queries 150000 nanos 3000000000 checksum 42\n");

    assertThat(run.units()).isEqualTo(150_000);
    assertThat(run.rate()).isEqualTo(50_000.0);
  }

  @Test
  void aReportWithoutFiguresIsAnError() {
    assertThatThrownBy(() -> LibpqPipeline.parse("connect: could not connect to server\n"))
        .isInstanceOf(IOException.class)
        .hasMessage("cannot read libpq_pipeline.c's report: connect: could not connect to server");
  }

  @Test
  void processesSideBySideAddTheirRates() {
    Workload.Run run =
        LibpqPipeline.combine(
            List.of(
                new Workload.Run(30_000, 3_000_000_000L),
                new Workload.Run(20_000, 2_000_000_000L)));

    assertThat(run.units()).isEqualTo(50_000);
    assertThat(run.rate()).isCloseTo(20_000.0, org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void conninfoQuotesEveryValue() {
    ServerInfo server = new ServerInfo("db.example", 6543, "it's", "u\\v", "secret");

    assertThat(LibpqPipeline.conninfo(server))
        .isEqualTo("host='db.example' port=6543 dbname='it\\'s' user='u\\\\v' sslmode=disable")
        .doesNotContain("secret");
  }

  @Test
  void theNoteNamesTheLibpqLinkedAndWhetherEachSyncIsAFlush() {
    assertThat(LibpqPipeline.note(1, 18, true))
        .isEqualTo("libpq_pipeline.c (libpq 18) -c 1, a Sync per query");
    assertThat(LibpqPipeline.note(4, 15, false))
        .isEqualTo("libpq_pipeline.c (libpq 15) -c 4, Sync+flush/query");
    assertThat(LibpqPipeline.note(1, 0, false))
        .isEqualTo("libpq_pipeline.c -c 1, Sync+flush/query");
  }

  @Test
  void withoutACompilerTheProgramIsNotBuiltAndSaysWhy() {
    Toolchain.Build build = Toolchain.find("", null).compile(LibpqPipeline.SOURCE);

    assertThat(build.program()).isNull();
    assertThat(build.problem()).isEqualTo("no C compiler (cc) on the PATH");
  }

  @Test
  void theSourceIsOnTheClassPath() throws IOException {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("pgloop-test-");
    java.nio.file.Path copy = dir.resolve(LibpqPipeline.SOURCE);
    LibpqPipeline.copyResource(LibpqPipeline.SOURCE, copy);

    assertThat(java.nio.file.Files.readString(copy)).contains("PQpipelineSync");
    java.nio.file.Files.delete(copy);
    java.nio.file.Files.delete(dir);
  }
}
