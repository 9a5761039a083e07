package io.pgloop.benchmarks;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The results of one run, with the ratio of pgloop's median to each peer's on the same workload: a
 * table for the console, and the same rows as CSV and JSON for anything that plots or compares
 * runs.
 */
public final class ResultTable {

  /** The client whose median is the numerator of every ratio. */
  public static final String PGLOOP = "pgloop";

  private final List<Result> results;
  private final Map<String, Object> run;

  /**
   * @param results in the order to print
   * @param run facts about the run written at the top of the JSON (mode, server, durations)
   */
  public ResultTable(List<Result> results, Map<String, Object> run) {
    this.results = List.copyOf(results);
    this.run = Collections.unmodifiableMap(new LinkedHashMap<>(run));
  }

  /** The rows, in print order. */
  public List<Result> results() {
    return results;
  }

  /**
   * How much faster pgloop is than {@code result}'s client on the same workload: the median, over
   * the rounds of the run, of the rate of pgloop's {@linkplain #counterpart counterpart} variant
   * over the peer's in that round. NaN for pgloop's own rows, and when either has no figures. Above
   * 1, pgloop is faster.
   *
   * <p>Why per round: the harness runs iteration <i>i</i> of every variant before iteration
   * <i>i+1</i> of any, and on a shared machine the load moves every client's rate together from one
   * round to the next (pipelined point selects swing by 2× on 2 cores). A ratio taken within a
   * round cancels that drift; a ratio of two medians taken in different rounds keeps it. When the
   * two have different numbers of iterations (one failed part-way), the ratio falls back to the two
   * medians.
   */
  public double ratio(Result result) {
    if (PGLOOP.equals(result.client()) || !result.measured()) {
      return Double.NaN;
    }
    return counterpart(result).map(pgloop -> ratio(pgloop, result)).orElse(Double.NaN);
  }

  /**
   * The pgloop row that a peer's row is compared with: pgloop's variant of the same workload with
   * the same {@linkplain Result#pairing() pairing key} (the default, its first variant, for a peer
   * without one), so that the ratio compares the same protocol pattern: pgjdbc's rewritten batch
   * inserts with pgloop's, not with its tuple-by-tuple {@code executeBatch}. When pgloop has no
   * variant with that key, its first. Only a measured row counts; empty when there is none (also
   * when pgloop's variant of that key failed: a ratio against another pattern would mislead).
   */
  public Optional<Result> counterpart(Result peer) {
    List<Result> pgloop =
        results.stream().filter(r -> r.kind() == peer.kind() && PGLOOP.equals(r.client())).toList();
    List<Result> paired =
        pgloop.stream().filter(r -> Objects.equals(r.pairing(), peer.pairing())).toList();
    return (paired.isEmpty() ? pgloop : paired).stream().filter(Result::measured).findFirst();
  }

  private static double ratio(Result pgloop, Result peer) {
    List<Double> ours = pgloop.rates();
    List<Double> theirs = peer.rates();
    if (ours.size() != theirs.size()) {
      return pgloop.median() / peer.median();
    }
    List<Double> perRound = new ArrayList<>(ours.size());
    for (int i = 0; i < ours.size(); i++) {
      perRound.add(ours.get(i) / theirs.get(i));
    }
    return Result.median(perRound);
  }

  /** Prints the table: one row per workload and client variant. */
  public void print(PrintStream out) {
    // The variant column fits "libpq_pipeline.c (libpq 18) -c 1, a Sync per query".
    String format = "%-13s %-16s %-52s %6s %12s %12s %12s %9s %8s %8s %8s %8s%n";
    out.printf(
        Locale.ROOT,
        format,
        "workload",
        "client",
        "variant",
        "unit",
        "median/s",
        "min/s",
        "max/s",
        "B/unit",
        "cli µs",
        "srv µs",
        "heap+MB",
        "pgloop/x");
    WorkloadKind previous = null;
    for (Result r : results) {
      String workload = r.kind() == previous ? "" : r.kind().id();
      previous = r.kind();
      if (!r.measured()) {
        String why = r.error() == null ? r.note() : r.note() + ": " + r.error();
        out.printf(Locale.ROOT, "%-13s %-16s %s%n", workload, r.client(), "n/a (" + why + ")");
        continue;
      }
      out.printf(
          Locale.ROOT,
          format,
          workload,
          r.client(),
          clip(r.note(), 52),
          r.kind().unit().label(),
          number(r.median()),
          number(r.min()),
          number(r.max()),
          number(r.bytesPerUnitMedian()),
          microsText(r.clientCpuMicrosMedian()),
          microsText(r.serverCpuMicrosMedian()),
          heapText(r.heapGrowthMax()),
          ratioText(ratio(r)));
    }
  }

  /** One line for a log: how many rows were measured, n/a and failed. */
  public String summary() {
    long measured = results.stream().filter(Result::measured).count();
    long failed = results.stream().filter(r -> r.error() != null).count();
    return String.format(
        Locale.ROOT,
        "%d workload/client variants: %d measured, %d n/a, %d failed",
        results.size(),
        measured,
        results.size() - measured - failed,
        failed);
  }

  /** Writes the rows as CSV, one line per workload and client variant, with a header. */
  public void writeCsv(Path file) throws IOException {
    StringBuilder csv =
        new StringBuilder(
            "workload,client,variant,unit,median_per_s,min_per_s,max_per_s,bytes_per_unit,"
                + "client_cpu_us_per_unit,server_cpu_us_per_unit,heap_growth_bytes,"
                + "ratio_pgloop_over_client,status,error\n");
    for (Result r : results) {
      List<String> cells =
          List.of(
              r.kind().id(),
              r.client(),
              r.note(),
              r.kind().unit().label(),
              csvNumber(r.median()),
              csvNumber(r.min()),
              csvNumber(r.max()),
              csvNumber(r.bytesPerUnitMedian()),
              csvNumber(r.clientCpuMicrosMedian()),
              csvNumber(r.serverCpuMicrosMedian()),
              r.heapGrowthMax() < 0 ? "" : Long.toString(r.heapGrowthMax()),
              csvNumber(ratio(r)),
              status(r),
              r.error() == null ? "" : r.error());
      List<String> quoted = new ArrayList<>();
      for (String cell : cells) {
        quoted.add(csvCell(cell));
      }
      csv.append(String.join(",", quoted)).append('\n');
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, csv, StandardCharsets.UTF_8);
  }

  /**
   * Writes the run's facts and every row as JSON, with each iteration's rate and CPU times per unit
   * (in the same order: the <i>i</i>-th of each is one iteration), and their medians.
   */
  public void writeJson(Path file) throws IOException {
    JsonArray rows = new JsonArray();
    for (Result r : results) {
      JsonObject row =
          new JsonObject()
              .put("workload", r.kind().id())
              .put("description", r.kind().description())
              .put("unit", r.kind().unit().label())
              .put("client", r.client())
              .put("variant", r.note())
              .put("status", status(r))
              .put("medianPerSecond", jsonNumber(r.median()))
              .put("minPerSecond", jsonNumber(r.min()))
              .put("maxPerSecond", jsonNumber(r.max()))
              .put("ratesPerSecond", new JsonArray(new ArrayList<Object>(r.rates())))
              .put("bytesPerUnit", jsonNumber(r.bytesPerUnitMedian()))
              .put("clientCpuMicrosPerUnit", jsonNumber(r.clientCpuMicrosMedian()))
              .put(
                  "clientCpuMicrosPerUnitByIteration",
                  new JsonArray(new ArrayList<Object>(r.clientCpuMicros())))
              .put("serverCpuMicrosPerUnit", jsonNumber(r.serverCpuMicrosMedian()))
              .put(
                  "serverCpuMicrosPerUnitByIteration",
                  new JsonArray(new ArrayList<Object>(r.serverCpuMicros())))
              .put("ratioPgloopOverClient", jsonNumber(ratio(r)));
      if (!PGLOOP.equals(r.client()) && r.measured()) {
        // Which pgloop variant the ratio divides: not always the first (see counterpart).
        counterpart(r).ifPresent(pgloop -> row.put("ratioAgainst", pgloop.note()));
      }
      if (r.pairing() != null) {
        row.put("pairing", r.pairing());
      }
      if (r.heapGrowthMax() >= 0) {
        row.put("heapGrowthBytes", r.heapGrowthMax());
      }
      if (r.error() != null) {
        row.put("error", r.error());
      }
      rows.add(row);
    }
    JsonObject json = new JsonObject(new LinkedHashMap<>(run)).put("results", rows);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, json.encodePrettily() + "\n", StandardCharsets.UTF_8);
  }

  private static String status(Result r) {
    return r.measured() ? "ok" : r.error() != null ? "failed" : "n/a";
  }

  private static String number(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%,.0f", value);
  }

  /** Microseconds: two decimals below 10, where the CPU costs of point selects and rows lie. */
  private static String microsText(double micros) {
    if (Double.isNaN(micros)) {
      return "n/a";
    }
    return String.format(Locale.ROOT, micros < 10 ? "%.2f" : "%,.0f", micros);
  }

  private static String heapText(long bytes) {
    return bytes < 0 ? "-" : String.format(Locale.ROOT, "%.1f", bytes / 1048576.0);
  }

  private static String ratioText(double ratio) {
    return Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.2f", ratio);
  }

  private static String csvNumber(double value) {
    return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.3f", value);
  }

  private static Double jsonNumber(double value) {
    // JSON has no NaN: absent figures are null.
    return Double.isNaN(value) ? null : value;
  }

  private static String csvCell(String cell) {
    if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
      return '"' + cell.replace("\"", "\"\"") + '"';
    }
    return cell;
  }

  private static String clip(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "~";
  }
}
