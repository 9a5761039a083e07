package io.pgloop.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The /proc parser, and the meter's readings of this JVM, its children and a process family. */
class CpuMeterTest {

  private static final long MS = 1_000_000;

  private final CpuMeter meter = new CpuMeter();

  @Test
  void theCommandRunsFromTheFirstParenthesisToTheLast() {
    CpuMeter.Stat stat =
        CpuMeter.parse(
            "4711 (post (gres) x) S 42 4711 4711 0 -1 4194560 1093 0 0 0 57 13 7 3 20 0 1 0 12345"
                + " 228364288 2816 18446744073709551615\n");

    assertThat(stat.pid()).isEqualTo(4711);
    assertThat(stat.command()).isEqualTo("post (gres) x");
    assertThat(stat.ppid()).isEqualTo(42);
    assertThat(stat.utime()).isEqualTo(57);
    assertThat(stat.stime()).isEqualTo(13);
    assertThat(stat.cutime()).isEqualTo(7);
    assertThat(stat.cstime()).isEqualTo(3);
    assertThat(stat.ownTicks()).isEqualTo(70);
    assertThat(stat.reapedChildrenTicks()).isEqualTo(10);
  }

  @Test
  void aLineWithoutTheTimesIsRejectedWithWhatIsMissing() {
    assertThatThrownBy(() -> CpuMeter.parse("12 (sh) S 1 12 12 0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("/proc stat line with 7 fields, expected at least 17: 12 (sh) S 1 12 12 0");
    assertThatThrownBy(() -> CpuMeter.parse("12 sh S 1"))
        .hasMessage("/proc stat line without a (command): 12 sh S 1");
  }

  @Test
  void theClockTickIsWhatGetconfSays() throws Exception {
    assumeTrue(meter.procSupported(), "Linux only");
    Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
    String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
    assumeTrue(getconf.waitFor(10, TimeUnit.SECONDS) && getconf.exitValue() == 0, "getconf");

    assertThat(meter.clockTicksPerSecond()).isEqualTo(Long.parseLong(out.strip()));
  }

  @Test
  void thisProcessGrowsByAtLeastWhatThisThreadBurnsAndAtMostWhatTheCpusCouldDo() {
    assumeTrue(meter.procSupported(), "Linux only");
    long pid = ProcessHandle.current().pid();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long wallBefore = System.nanoTime();
    long procBefore = meter.processNanos(pid);
    long jvmBefore = meter.jvmNanos();
    long threadBefore = threads.getCurrentThreadCpuTime();

    long sum = burn(threads, 200 * MS);

    long burnt = threads.getCurrentThreadCpuTime() - threadBefore;
    long jvm = meter.jvmNanos() - jvmBefore;
    long proc = meter.processNanos(pid) - procBefore;
    long ceiling =
        (System.nanoTime() - wallBefore) * Runtime.getRuntime().availableProcessors() + tick();
    assertThat(sum).isNotZero();
    // The JVM's other threads (GC, JIT) may add to it; /proc rounds down to a tick on either side.
    assertThat(jvm).isBetween(burnt, ceiling);
    assertThat(proc).isBetween(burnt - 2 * tick(), ceiling);
  }

  @Test
  void aChildCountsOnceWaitedFor() throws Exception {
    assumeTrue(meter.procSupported(), "Linux only");
    long before = meter.reapedChildrenNanos();
    long wallBefore = System.nanoTime();
    Process child = busyShell();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

    long reaped = meter.reapedChildrenNanos() - before;
    // Other tests' children may be reaped meanwhile, but not more than the CPUs could do.
    assertThat(reaped)
        .isBetween(
            20 * MS,
            (System.nanoTime() - wallBefore) * Runtime.getRuntime().availableProcessors() + tick());
  }

  @Test
  void aFamilyCountsItsLiveChildrenAndTheChildrenItReaped() throws Exception {
    assumeTrue(meter.procSupported(), "Linux only");
    long self = ProcessHandle.current().pid();
    long before = meter.familyNanos(self);
    Process child = busyShell();
    long alive;
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      do {
        Thread.sleep(10);
        alive = meter.processNanos(child.pid());
      } while (child.isAlive() && alive < 50 * MS && System.nanoTime() < deadline);
      long whileAlive = meter.familyNanos(self) - before;
      assertThat(child.isAlive()).as("the child still runs").isTrue();
      assertThat(whileAlive).isGreaterThanOrEqualTo(alive);
    } finally {
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    // Reaped, the child's time is in this process's cutime: still in the family.
    assertThat(meter.familyNanos(self) - before).isGreaterThanOrEqualTo(alive);
    assertThat(meter.familyNanos(Long.MAX_VALUE)).isEqualTo(CpuMeter.UNAVAILABLE);
  }

  /** A shell counting to 200,000: about 0.2 s of CPU on this project's 2-core machine. */
  private static Process busyShell() throws Exception {
    return new ProcessBuilder("/bin/sh", "-c", "i=0; while [ $i -lt 200000 ]; do i=$((i+1)); done")
        .redirectErrorStream(true)
        .start();
  }

  private long tick() {
    return 1_000_000_000L / meter.clockTicksPerSecond();
  }

  private static long burn(ThreadMXBean threads, long nanos) {
    long start = threads.getCurrentThreadCpuTime();
    long sum = 0;
    while (threads.getCurrentThreadCpuTime() - start < nanos) {
      for (int i = 0; i < 100_000; i++) {
        sum += i * 31L ^ sum;
      }
    }
    return sum;
  }
}
