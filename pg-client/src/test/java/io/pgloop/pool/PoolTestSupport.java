package io.pgloop.pool;

import io.pgloop.PgConnectOptions;
import io.pgloop.PgPool;
import io.pgloop.PgPoolOptions;
import io.pgloop.test.PgTestBase;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** What the pool tests share: pools on the test server, and polling for a state. */
abstract class PoolTestSupport extends PgTestBase {

  protected PgPool pool(PgPoolOptions poolOptions) {
    return PgPool.pool(vertx, options(), poolOptions);
  }

  protected PgPool pool(PgConnectOptions connectOptions, PgPoolOptions poolOptions) {
    return PgPool.pool(vertx, connectOptions, poolOptions);
  }

  /** Waits until the condition holds; fails after {@code within} with the description. */
  protected static void eventually(Duration within, Supplier<String> what, BooleanSupplier check) {
    long deadline = System.nanoTime() + within.toNanos();
    while (!check.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + within + ": " + what.get());
      }
      sleep(10);
    }
  }

  protected static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
