package io.pgloop.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The heap meter counts what a run keeps, not what it throws away. */
class HeapMeterTest {

  private static final int MB = 1 << 20;

  /** Collects, and waits for the meter to hear of a collection after {@code seen}. */
  private static void collect(HeapMeter meter, long seen) throws InterruptedException {
    System.gc();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (meter.collections() <= seen && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(meter.collections()).as("collections heard of").isGreaterThan(seen);
  }

  @Test
  void whatARunKeepsIsGrowth() throws InterruptedException {
    HeapMeter meter = new HeapMeter();
    meter.start();
    List<byte[]> kept = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      kept.add(new byte[MB]);
    }
    collect(meter, meter.collections());
    long growth = meter.stop();
    assertThat(kept).hasSize(64);
    assertThat(growth).isBetween(60L * MB, 200L * MB);
  }

  @Test
  void garbageIsNoGrowth() throws InterruptedException {
    HeapMeter meter = new HeapMeter();
    meter.start();
    long sum = 0;
    for (int i = 0; i < 256; i++) {
      byte[] garbage = new byte[MB];
      sum += garbage.length;
    }
    collect(meter, meter.collections());
    assertThat(sum).isEqualTo(256L * MB);
    assertThat(meter.stop()).isLessThan(16L * MB);
  }
}
