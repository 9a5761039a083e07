package io.pgloop.benchmarks;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.util.concurrent.TimeUnit;

/**
 * The Vert.x instance each workload of a Future-based client runs on, made in one place so that
 * pgloop and vertx-pg-client get exactly the same one: the default event loops, and no
 * blocked-thread warning for reading a 200,000-row result on the event loop. Reading the rows where
 * they are decoded is the workload itself, and on a loaded machine it can take seconds.
 */
final class BenchVertx {

  private BenchVertx() {}

  /** A new Vert.x instance; its owner closes it. */
  static Vertx create() {
    return Vertx.vertx(
        new VertxOptions()
            .setMaxEventLoopExecuteTime(10)
            .setMaxEventLoopExecuteTimeUnit(TimeUnit.MINUTES));
  }
}
