package io.pgloop.benchmarks;

import java.util.Arrays;
import java.util.List;

/**
 * The figures of one workload for one client variant, or why there are none.
 *
 * @param kind the workload
 * @param client the client's name
 * @param note how the client ran it ("Pool, 4 connections"), or why it did not
 * @param rates units per second of each measured iteration; empty when not run
 * @param bytesPerUnit bytes allocated per unit, by every thread of the JVM, of each iteration;
 *     empty when not measured (pgbench runs outside the JVM)
 * @param error null, or the failure that stopped the measurement
 * @param heapGrowth the live heap's growth during each iteration, in bytes ({@link HeapMeter});
 *     empty when not measured (only the stream workload measures it)
 * @param pairing the variant's pairing key, which chooses the pgloop row its ratio divides ({@link
 *     BenchClient.Variant#pairing()}); null for the default
 * @param clientCpuMicros the client's CPU time per unit, in microseconds, of each iteration: this
 *     JVM's for the clients in it, the reaped programs' for pgbench and libpq_pipeline.c ({@link
 *     CpuMeter}); empty when not measured
 * @param serverCpuMicros the server's CPU time per unit, in microseconds, of each iteration: the
 *     postmaster's and its children's; empty when not measured (a server the run did not start)
 */
public record Result(
    WorkloadKind kind,
    String client,
    String note,
    List<Double> rates,
    List<Double> bytesPerUnit,
    String error,
    List<Long> heapGrowth,
    String pairing,
    List<Double> clientCpuMicros,
    List<Double> serverCpuMicros) {

  /** Figures without a pairing key or CPU times. */
  public Result(
      WorkloadKind kind,
      String client,
      String note,
      List<Double> rates,
      List<Double> bytesPerUnit,
      String error,
      List<Long> heapGrowth) {
    this(kind, client, note, rates, bytesPerUnit, error, heapGrowth, null, List.of(), List.of());
  }

  /** Figures without heap growth, pairing key or CPU times. */
  public Result(
      WorkloadKind kind,
      String client,
      String note,
      List<Double> rates,
      List<Double> bytesPerUnit,
      String error) {
    this(kind, client, note, rates, bytesPerUnit, error, List.of());
  }

  /** A workload the client does not run; printed as n/a with {@code reason}. */
  public static Result notApplicable(WorkloadKind kind, String client, String reason) {
    return new Result(kind, client, reason, List.of(), List.of(), null);
  }

  /** A measurement that failed; printed as n/a with the error. */
  public static Result failed(WorkloadKind kind, String client, String note, String error) {
    return new Result(kind, client, note, List.of(), List.of(), error);
  }

  /** This result with the pairing key {@code key}. */
  public Result withPairing(String key) {
    return new Result(
        kind,
        client,
        note,
        rates,
        bytesPerUnit,
        error,
        heapGrowth,
        key,
        clientCpuMicros,
        serverCpuMicros);
  }

  /** This result with the CPU times per unit of each iteration, in microseconds. */
  public Result withCpu(List<Double> client, List<Double> server) {
    return new Result(
        kind, this.client, note, rates, bytesPerUnit, error, heapGrowth, pairing, client, server);
  }

  /** Whether there are figures. */
  public boolean measured() {
    return !rates.isEmpty();
  }

  /** The median rate, or NaN without figures. */
  public double median() {
    return median(rates);
  }

  /** The lowest rate, or NaN without figures. */
  public double min() {
    return rates.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  /** The highest rate, or NaN without figures. */
  public double max() {
    return rates.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }

  /** The largest growth of the live heap over the iterations, in bytes; -1 when not measured. */
  public long heapGrowthMax() {
    return heapGrowth.stream().mapToLong(Long::longValue).max().orElse(-1);
  }

  /** The median of the bytes allocated per unit, or NaN when not measured. */
  public double bytesPerUnitMedian() {
    return median(bytesPerUnit);
  }

  /** The median of the client's CPU time per unit in microseconds, or NaN when not measured. */
  public double clientCpuMicrosMedian() {
    return median(clientCpuMicros);
  }

  /** The median of the server's CPU time per unit in microseconds, or NaN when not measured. */
  public double serverCpuMicrosMedian() {
    return median(serverCpuMicros);
  }

  /** The median of {@code values}, or NaN when there are none. */
  static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
