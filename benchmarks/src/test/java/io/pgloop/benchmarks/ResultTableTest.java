package io.pgloop.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ratios, the table, the CSV, the JSON and the plot, from made-up results. */
class ResultTableTest {

  private static final Result PGLOOP =
      new Result(
          WorkloadKind.POOL,
          "pgloop",
          "4 connections",
          List.of(90.0, 100.0, 110.0),
          List.of(512.0),
          null);
  private static final Result VERTX =
      new Result(
          WorkloadKind.POOL,
          "vertx-pg-client",
          "Pool, 4 connections",
          List.of(50.0),
          List.of(1024.0),
          null);
  private static final Result JDBC_PIPE =
      Result.notApplicable(WorkloadKind.PIPE, "pgjdbc", "blocking");
  private static final Result FAILED =
      Result.failed(WorkloadKind.COPY_IN, "pgjdbc", "CopyManager", "IOException: \"boom\"");

  private final ResultTable table =
      new ResultTable(List.of(JDBC_PIPE, PGLOOP, VERTX, FAILED), Map.of("mode", "test"));

  @Test
  void ratioIsTheMedianOfEachRoundsRatioSoThatDriftBetweenRoundsCancels() {
    Result ours = rates("pgloop", 100.0, 200.0, 300.0);
    // The machine was twice as busy in round 1 as in round 2: every client's rate moved with it.
    Result theirs = rates("pgjdbc", 50.0, 400.0, 150.0);
    ResultTable paired = new ResultTable(List.of(ours, theirs), Map.of());

    // Per round 2.0, 0.5, 2.0; the medians alone (200 / 150) would say 1.33.
    assertThat(paired.ratio(theirs)).isEqualTo(2.0);
  }

  @Test
  void ratioFallsBackToTheMediansWhenTheRoundsDoNotPair() {
    assertThat(table.ratio(VERTX)).isEqualTo(2.0);
    assertThat(table.ratio(PGLOOP)).isNaN();
    assertThat(table.ratio(JDBC_PIPE)).isNaN();
  }

  @Test
  void aPeerWithAPairingKeyIsDividedByPgloopsVariantOfThatKey() {
    Result tupleByTuple = batch("pgloop", "executeBatch", null, 250.0);
    Result rewritten = batch("pgloop", "executeBatch, rewrite_batched_inserts", "rewrite", 1800.0);
    Result jdbcPlain = batch("pgjdbc", "no rewrite", null, 200.0);
    Result jdbcRewritten = batch("pgjdbc", "reWriteBatchedInserts", "rewrite", 1200.0);
    ResultTable paired =
        new ResultTable(List.of(tupleByTuple, rewritten, jdbcPlain, jdbcRewritten), Map.of());

    // Rewritten over rewritten, not pgloop's first variant over pgjdbc's rewrite (0.21).
    assertThat(paired.ratio(jdbcRewritten)).isEqualTo(1.5);
    assertThat(paired.counterpart(jdbcRewritten)).contains(rewritten);
    // Without a key: pgloop's default.
    assertThat(paired.ratio(jdbcPlain)).isEqualTo(1.25);
  }

  @Test
  void aPairingKeyPgloopLacksFallsBackToPgloopsFirstVariant() {
    Result first = batch("pgloop", "executeBatch", null, 300.0);
    Result peer = batch("pgjdbc", "reWriteBatchedInserts", "rewrite", 1200.0);
    ResultTable unpaired = new ResultTable(List.of(first, peer), Map.of());

    assertThat(unpaired.ratio(peer)).isEqualTo(0.25);
    assertThat(unpaired.counterpart(peer)).contains(first);
  }

  @Test
  void aFailedPgloopVariantOfTheKeyLeavesNoRatioRatherThanAnotherPattern() {
    Result first = batch("pgloop", "executeBatch", null, 300.0);
    Result failed =
        Result.failed(WorkloadKind.BATCH_INSERT, "pgloop", "rewrite", "boom")
            .withPairing("rewrite");
    Result peer = batch("pgjdbc", "reWriteBatchedInserts", "rewrite", 1200.0);
    ResultTable table = new ResultTable(List.of(first, failed, peer), Map.of());

    assertThat(table.ratio(peer)).isNaN();
  }

  @Test
  void theJsonSaysWhichPgloopVariantARatioDivides(@TempDir Path dir) throws Exception {
    Result first = batch("pgloop", "executeBatch", null, 300.0);
    Result rewritten = batch("pgloop", "rewrite_batched_inserts", "rewrite", 1800.0);
    Result peer = batch("pgjdbc", "reWriteBatchedInserts", "rewrite", 1200.0);
    new ResultTable(List.of(first, rewritten, peer), Map.of()).writeJson(dir.resolve("p.json"));

    JsonObject row =
        new JsonObject(Files.readString(dir.resolve("p.json")))
            .getJsonArray("results")
            .getJsonObject(2);
    assertThat(row.getString("pairing")).isEqualTo("rewrite");
    assertThat(row.getString("ratioAgainst")).isEqualTo("rewrite_batched_inserts");
    assertThat(row.getDouble("ratioPgloopOverClient")).isEqualTo(1.5);
  }

  private static Result batch(String client, String note, String pairing, double rate) {
    return new Result(WorkloadKind.BATCH_INSERT, client, note, List.of(rate), List.of(), null)
        .withPairing(pairing);
  }

  private static Result rates(String client, Double... rates) {
    return new Result(WorkloadKind.SEQ1, client, "1 connection", List.of(rates), List.of(), null);
  }

  @Test
  void tablePrintsFiguresAndSaysWhyARowHasNone() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    table.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String text = bytes.toString(StandardCharsets.UTF_8);

    assertThat(text).contains("n/a (blocking)").contains("n/a (CopyManager: IOException");
    assertThat(text.lines().filter(l -> l.contains("Pool, 4 connections")).findFirst())
        .hasValueSatisfying(l -> assertThat(l).contains("50").contains("1,024").endsWith("2.00"));
    assertThat(table.summary())
        .isEqualTo("4 workload/client variants: 2 measured, 1 n/a, 1 failed");
  }

  @Test
  void csvQuotesCellsWithCommasAndQuotes(@TempDir Path dir) throws Exception {
    table.writeCsv(dir.resolve("r.csv"));
    List<String> lines = Files.readAllLines(dir.resolve("r.csv"));

    assertThat(lines).hasSize(5);
    assertThat(lines.get(3))
        .isEqualTo(
            "pool,vertx-pg-client,\"Pool, 4 connections\",query,50.000,50.000,50.000,1024.000,"
                + ",,,2.000,ok,");
    assertThat(lines.get(4)).endsWith(",failed,\"IOException: \"\"boom\"\"\"");
  }

  @Test
  void jsonHasTheRunFactsAndNullForAbsentFigures(@TempDir Path dir) throws Exception {
    table.writeJson(dir.resolve("r.json"));
    JsonObject json = new JsonObject(Files.readString(dir.resolve("r.json")));

    assertThat(json.getString("mode")).isEqualTo("test");
    JsonObject pipe = json.getJsonArray("results").getJsonObject(0);
    assertThat(pipe.getString("status")).isEqualTo("n/a");
    assertThat(pipe.containsKey("medianPerSecond")).isTrue();
    assertThat(pipe.getValue("medianPerSecond")).isNull();
    assertThat(json.getJsonArray("results").getJsonObject(1).getDouble("medianPerSecond"))
        .isEqualTo(100.0);
  }

  @Test
  void plotHasOneBarPerPeerWithARatio(@TempDir Path dir) throws Exception {
    RatioPlot.write(table, "test", dir.resolve("r.png"));
    BufferedImage image = ImageIO.read(dir.resolve("r.png").toFile());

    assertThat(image.getWidth()).isEqualTo(1100);
    // Title, one bar, axis labels.
    assertThat(image.getHeight()).isEqualTo(60 + 26 + 50);
  }

  @Test
  void heapGrowthShowsInMegabytesWhereMeasured(@TempDir Path dir) throws Exception {
    Result stream =
        new Result(
            WorkloadKind.STREAM,
            "pgloop",
            "RowStream",
            List.of(1000.0),
            List.of(100.0),
            null,
            List.of(1_048_576L, 3 * 1_048_576L));
    ResultTable withHeap = new ResultTable(List.of(stream, PGLOOP), Map.of());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    withHeap.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text.lines().filter(l -> l.contains("RowStream")).findFirst())
        .hasValueSatisfying(l -> assertThat(l).contains(" 3.0 "));
    assertThat(text.lines().filter(l -> l.contains("4 connections")).findFirst())
        .hasValueSatisfying(l -> assertThat(l).contains(" - "));
    withHeap.writeCsv(dir.resolve("h.csv"));
    assertThat(Files.readAllLines(dir.resolve("h.csv")).get(1)).contains(",3145728,");
    withHeap.writeJson(dir.resolve("h.json"));
    assertThat(
            new JsonObject(Files.readString(dir.resolve("h.json")))
                .getJsonArray("results")
                .getJsonObject(0)
                .getLong("heapGrowthBytes"))
        .isEqualTo(3_145_728L);
  }

  @Test
  void cpuPerUnitShowsAsTheMedianInMicrosecondsAndPerIterationInTheJson(@TempDir Path dir)
      throws Exception {
    Result cpu =
        new Result(
                WorkloadKind.SEQ1,
                "pgloop",
                "PgConnection",
                List.of(100.0, 200.0, 300.0),
                List.of(800.0),
                null)
            .withCpu(List.of(3.456, 25.0, 4.0), List.of(12.3, 11.0, 40.0));
    ResultTable withCpu = new ResultTable(List.of(cpu, PGLOOP), Map.of());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    withCpu.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String text = bytes.toString(StandardCharsets.UTF_8);

    assertThat(text.lines().findFirst())
        .hasValueSatisfying(l -> assertThat(l).contains(" B/unit   cli µs   srv µs  heap+MB"));
    // Two decimals below 10 µs, none above; n/a where not measured.
    assertThat(text.lines().filter(l -> l.contains("PgConnection")).findFirst())
        .hasValueSatisfying(l -> assertThat(l).contains(" 800     4.00       12        - "));
    assertThat(text.lines().filter(l -> l.contains("4 connections")).findFirst())
        .hasValueSatisfying(l -> assertThat(l).contains(" 512      n/a      n/a        - "));

    withCpu.writeCsv(dir.resolve("c.csv"));
    assertThat(Files.readAllLines(dir.resolve("c.csv")).get(1))
        .contains(",800.000,4.000,12.300,,")
        .startsWith("seq1,pgloop,PgConnection,");
    assertThat(Files.readAllLines(dir.resolve("c.csv")).get(0))
        .contains(
            ",bytes_per_unit,client_cpu_us_per_unit,server_cpu_us_per_unit,heap_growth_bytes,");

    withCpu.writeJson(dir.resolve("c.json"));
    JsonObject row =
        new JsonObject(Files.readString(dir.resolve("c.json")))
            .getJsonArray("results")
            .getJsonObject(0);
    assertThat(row.getDouble("clientCpuMicrosPerUnit")).isEqualTo(4.0);
    assertThat(row.getJsonArray("clientCpuMicrosPerUnitByIteration").getList())
        .containsExactly(3.456, 25.0, 4.0);
    assertThat(row.getDouble("serverCpuMicrosPerUnit")).isEqualTo(12.3);
    assertThat(row.getJsonArray("serverCpuMicrosPerUnitByIteration").getList())
        .containsExactly(12.3, 11.0, 40.0);
    JsonObject absent =
        new JsonObject(Files.readString(dir.resolve("c.json")))
            .getJsonArray("results")
            .getJsonObject(1);
    assertThat(absent.getValue("serverCpuMicrosPerUnit")).isNull();
    assertThat(absent.getJsonArray("serverCpuMicrosPerUnitByIteration")).isEmpty();
  }
}
