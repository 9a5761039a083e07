package io.pgloop.impl.pubsub;

import io.pgloop.PgConnection;
import io.vertx.core.internal.ContextInternal;
import java.time.Duration;
import java.util.function.BiConsumer;

/**
 * Checks the subscriber's connection with {@code SELECT 1} at an interval, and reports it dead when
 * a check fails or has no answer within the interval. Confined to the subscriber's context.
 */
final class HealthCheck {

  private final ContextInternal context;
  private final Duration interval;
  private final BiConsumer<PgConnection, Throwable> onDead;
  private PgConnection checked;
  private long timerId = -1;

  HealthCheck(
      ContextInternal context, Duration interval, BiConsumer<PgConnection, Throwable> onDead) {
    this.context = context;
    this.interval = interval;
    this.onDead = onDead;
  }

  /** Checks {@code connection} from now on, in place of any other. */
  void start(PgConnection connection) {
    stop();
    if (interval.isZero()) {
      return;
    }
    checked = connection;
    schedule(connection);
  }

  /** Stops checking; cancels the pending timer. */
  void stop() {
    checked = null;
    if (timerId != -1) {
      context.owner().cancelTimer(timerId);
      timerId = -1;
    }
  }

  private void schedule(PgConnection connection) {
    timerId =
        context.setTimer(
            interval.toMillis(),
            id -> {
              timerId = -1;
              if (checked == connection) {
                check(connection);
              }
            });
  }

  private void check(PgConnection connection) {
    connection
        .query("SELECT 1")
        .timeout(interval)
        .execute()
        .onComplete(
            ar -> {
              if (checked != connection || connection.isClosed()) {
                return; // stopped meanwhile, or the loss is being handled already
              }
              if (ar.succeeded()) {
                schedule(connection);
              } else {
                checked = null;
                onDead.accept(connection, ar.cause());
              }
            });
  }
}
