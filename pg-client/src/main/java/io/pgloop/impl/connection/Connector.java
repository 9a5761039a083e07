package io.pgloop.impl.connection;

import io.pgloop.HostAndPort;
import io.pgloop.LoadBalanceHosts;
import io.pgloop.PgConnectOptions;
import io.pgloop.PgConnection;
import io.pgloop.PgConnectionException;
import io.pgloop.TargetSessionAttrs;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.internal.VertxInternal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Connects to the first host of the options that accepts and matches {@code target_session_attrs},
 * trying them in order (or shuffled), each within {@code connect_timeout}, as libpq does.
 */
public final class Connector {

  private final VertxInternal vertx;
  private final ContextInternal context;
  private final PgConnectOptions options;
  private final List<HostAndPort> hosts;
  private final List<String> failures = new ArrayList<>();
  private final Promise<PgConnection> promise;
  private Throwable lastFailure;

  private Connector(VertxInternal vertx, ContextInternal context, PgConnectOptions options) {
    this.vertx = vertx;
    this.context = context;
    this.options = options;
    this.hosts = new ArrayList<>(options.getHosts());
    if (options.getLoadBalanceHosts() == LoadBalanceHosts.RANDOM) {
      Collections.shuffle(hosts);
    }
    this.promise = context.promise();
  }

  /** Connects; see {@link PgConnection#connect(Vertx, PgConnectOptions)}. */
  public static Future<PgConnection> connect(Vertx vertx, PgConnectOptions options) {
    VertxInternal internal = (VertxInternal) vertx;
    PgConnectOptions validated;
    try {
      validated = new PgConnectOptions(options).validate();
    } catch (IllegalArgumentException e) {
      return Future.failedFuture(e);
    }
    ContextInternal context = internal.getOrCreateContext();
    if (!context.isEventLoopContext()) {
      context = internal.createEventLoopContext();
    }
    Connector connector = new Connector(internal, context, validated);
    context.runOnContext(v -> connector.tryHost(0, pass(validated)));
    return connector.promise.future();
  }

  private static SessionCheck pass(PgConnectOptions options) {
    TargetSessionAttrs attrs = options.getTargetSessionAttrs();
    // prefer-standby makes two passes: a standby first, then any server.
    return attrs == TargetSessionAttrs.PREFER_STANDBY
        ? new SessionCheck(TargetSessionAttrs.STANDBY)
        : new SessionCheck(attrs);
  }

  private void tryHost(int index, SessionCheck check) {
    if (index == hosts.size()) {
      if (options.getTargetSessionAttrs() == TargetSessionAttrs.PREFER_STANDBY
          && check.attrs() == TargetSessionAttrs.STANDBY) {
        tryHost(0, new SessionCheck(TargetSessionAttrs.ANY));
      } else {
        promise.fail(failure());
      }
      return;
    }
    HostAndPort host = hosts.get(index);
    new HostAttempt(vertx, context, options, host)
        .connect()
        .compose(connection -> check.verify(connection))
        .onSuccess(promise::complete)
        .onFailure(
            cause -> {
              failures.add(host + ": " + cause.getMessage());
              lastFailure = cause;
              tryHost(index + 1, check);
            });
  }

  /**
   * With one host, its own error (a wrong password stays a {@link io.pgloop.PgException} with
   * SQLSTATE 28P01); with several, an error that lists each host and why it failed.
   */
  private Throwable failure() {
    if (failures.size() == 1) {
      return lastFailure;
    }
    return new PgConnectionException(
        "could not connect to any of "
            + hosts.size()
            + " hosts:\n  "
            + String.join("\n  ", failures),
        lastFailure);
  }
}
