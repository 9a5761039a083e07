package io.pgloop.impl.pubsub;

import io.pgloop.PgChannel;
import io.pgloop.PgConnectOptions;
import io.pgloop.PgConnection;
import io.pgloop.PgConnectionException;
import io.pgloop.PgSubscriber;
import io.pgloop.PgSubscriberOptions;
import io.pgloop.impl.connection.PgConnectionImpl;
import io.vertx.core.Closeable;
import io.vertx.core.Completable;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.internal.CloseFuture;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.internal.VertxInternal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The subscriber: its connection's life (connect, LISTEN every channel through the {@link
 * ChannelRegistry}, reconnect with backoff, check, close). Every field is touched on its context
 * only; calls from other threads are moved there, and the connection is opened from there, so that
 * notifications arrive there without a hop.
 *
 * <pre>
 *  IDLE --connect()--> CONNECTING --socket--> LISTENING --every LISTEN answered--> CONNECTED
 *   ^  (first attempt fails)  |                   |                                    |
 *   +-------------------------+          (lost or failed, once connected before)  (lost)
 *                                                 v                                    |
 *                              WAITING (backoff timer) <-------------------------------+
 *  any --close(), or too many failed attempts--> CLOSED
 * </pre>
 */
public final class SubscriberImpl implements PgSubscriber, Closeable {

  private static final System.Logger LOG = System.getLogger(PgSubscriber.class.getName());

  private enum State {
    IDLE,
    CONNECTING,
    LISTENING,
    CONNECTED,
    WAITING,
    CLOSED
  }

  private final VertxInternal vertx;
  private final ContextInternal context;
  private final CloseFuture owner;
  private final PgConnectOptions connectOptions;
  private final PgSubscriberOptions options;
  private final ReconnectBackoff backoff;
  private final HealthCheck healthCheck;
  private final ChannelRegistry channels;
  private final List<Promise<Void>> waiters = new ArrayList<>();

  private State state = State.IDLE;
  private boolean established;
  private PgConnection connection;
  private long timerId = -1;
  private Future<Void> closed;
  private Handler<Throwable> exceptionHandler;
  private Handler<Void> closeHandler;
  private volatile boolean connectedView;
  private volatile boolean closedView;
  private volatile PgConnection connectionView;

  private SubscriberImpl(
      VertxInternal vertx,
      ContextInternal context,
      CloseFuture owner,
      PgConnectOptions connectOptions,
      PgSubscriberOptions options) {
    this.vertx = vertx;
    this.context = context;
    this.owner = owner;
    this.connectOptions = connectOptions;
    this.options = options;
    this.backoff =
        new ReconnectBackoff(
            options.getReconnectInitialDelay(),
            options.getReconnectMaxDelay(),
            () -> ThreadLocalRandom.current().nextDouble());
    this.channels = new ChannelRegistry(context);
    this.healthCheck = new HealthCheck(context, options.getHealthCheckInterval(), this::dead);
  }

  /** See {@link PgSubscriber#subscriber(Vertx, PgConnectOptions, PgSubscriberOptions)}. */
  public static PgSubscriber create(
      Vertx vertx, PgConnectOptions connectOptions, PgSubscriberOptions subscriberOptions) {
    VertxInternal internal = (VertxInternal) vertx;
    PgConnectOptions connect = new PgConnectOptions(connectOptions).validate();
    PgSubscriberOptions options = new PgSubscriberOptions(subscriberOptions).validate();
    // Closed with the verticle that created it, or with Vert.x when created outside of any: a
    // subscriber must not try to reconnect through an instance that is shutting down.
    ContextInternal current = internal.getContext();
    CloseFuture owner = current != null ? current.closeFuture() : internal.closeFuture();
    ContextInternal context = internal.getOrCreateContext();
    if (!context.isEventLoopContext()) {
      context = internal.createEventLoopContext();
    }
    SubscriberImpl subscriber = new SubscriberImpl(internal, context, owner, connect, options);
    owner.add(subscriber);
    return subscriber;
  }

  // ---------------------------------------------------------------- API

  @Override
  public Future<Void> connect() {
    Promise<Void> promise = context.promise();
    run(
        () -> {
          switch (state) {
            case CLOSED -> promise.fail(new IllegalStateException("the subscriber is closed"));
            case CONNECTED -> promise.complete();
            case IDLE -> {
              waiters.add(promise);
              attempt();
            }
            default -> waiters.add(promise);
          }
        });
    return promise.future();
  }

  @Override
  public PgChannel channel(String name) {
    String quoted = ChannelNames.quote(name);
    return new ChannelImpl(this, context, name, quoted, options.getMaxBufferedNotifications());
  }

  @Override
  public PgSubscriber exceptionHandler(Handler<Throwable> handler) {
    run(() -> exceptionHandler = handler);
    return this;
  }

  @Override
  public PgSubscriber closeHandler(Handler<Void> handler) {
    run(() -> closeHandler = handler);
    return this;
  }

  @Override
  public boolean isConnected() {
    return connectedView;
  }

  @Override
  public boolean isClosed() {
    return closedView;
  }

  @Override
  public PgConnection actualConnection() {
    return connectionView;
  }

  @Override
  public Future<Void> close() {
    Promise<Void> promise = context.promise();
    run(() -> shutDown(new IllegalStateException("the subscriber was closed")).onComplete(promise));
    return promise.future();
  }

  /** Vert.x or the owning verticle closes. */
  @Override
  public void close(Completable<Void> completion) {
    close().onComplete(completion);
  }

  // ---------------------------------------------------------------- channels

  /** Runs the action on the context: at once on its thread, else scheduled there. */
  void run(Runnable action) {
    if (context.inThread()) {
      action.run();
    } else {
      context.runOnContext(v -> action.run());
    }
  }

  /** A channel got a handler: it joins its name, unless the subscriber is closed. */
  void join(ChannelImpl channel) {
    if (state == State.CLOSED) {
      channel.end();
    } else {
      channels.join(channel);
    }
  }

  /** A channel lost its handler. */
  void leave(ChannelImpl channel) {
    channels.leave(channel);
  }

  // ---------------------------------------------------------------- connection life

  private void attempt() {
    state = State.CONNECTING;
    timerId = -1;
    PgConnection.connect(vertx, connectOptions)
        .onComplete(
            ar -> {
              if (state == State.CLOSED) {
                if (ar.succeeded()) {
                  ar.result().close();
                }
              } else if (ar.failed()) {
                attemptFailed(ar.cause());
              } else {
                listenAll(ar.result());
              }
            });
  }

  private void listenAll(PgConnection conn) {
    connection = conn;
    connectionView = conn;
    state = State.LISTENING;
    conn.notificationHandler(notification -> channels.deliver(conn, notification));
    conn.exceptionHandler(this::report);
    conn.closeHandler(v -> lost(conn));
    channels
        .listenAll(conn)
        .onComplete(
            ar -> {
              if (connection != conn || state != State.LISTENING) {
                return; // lost meanwhile (lost() took over), or closed
              }
              state = State.CONNECTED;
              established = true;
              connectedView = true;
              backoff.reset();
              healthCheck.start(conn);
              completeWaiters(null);
            });
  }

  private void lost(PgConnection conn) {
    if (conn != connection) {
      return; // an earlier connection, or the one close() is closing
    }
    State was = state;
    healthCheck.stop();
    channels.detach();
    connection = null;
    connectionView = null;
    connectedView = false;
    if (was == State.CONNECTED) {
      PgConnectionException loss =
          new PgConnectionException("the LISTEN connection was lost; reconnecting");
      LOG.log(System.Logger.Level.INFO, loss.getMessage());
      report(loss);
      reconnect(loss);
    } else {
      attemptFailed(new PgConnectionException("the connection was lost while sending LISTEN"));
    }
  }

  /** The health check found the connection dead: abort it, which makes it lost. */
  private void dead(PgConnection conn, Throwable cause) {
    PgConnectionException dead =
        new PgConnectionException(
            "the LISTEN connection failed its health check: " + cause.getMessage(), cause);
    report(dead);
    if (conn instanceof PgConnectionImpl impl) {
      impl.abort(dead);
    } else {
      conn.close();
    }
  }

  private void attemptFailed(Throwable cause) {
    channels.detach();
    connection = null;
    connectionView = null;
    if (!established) {
      state = State.IDLE;
      completeWaiters(cause);
      return;
    }
    report(cause);
    reconnect(cause);
  }

  private void reconnect(Throwable cause) {
    int max = options.getReconnectMaxAttempts();
    if (max != PgSubscriberOptions.RECONNECT_FOREVER && backoff.attempts() >= max) {
      PgConnectionException gaveUp =
          new PgConnectionException(
              "the subscriber gave up after "
                  + backoff.attempts()
                  + " failed reconnection attempts (reconnectMaxAttempts = "
                  + max
                  + ")",
              cause);
      LOG.log(System.Logger.Level.WARNING, gaveUp.getMessage(), cause);
      report(gaveUp);
      shutDown(gaveUp);
      return;
    }
    state = State.WAITING;
    long delay = backoff.nextDelayMillis();
    timerId = context.setTimer(delay, id -> attempt());
  }

  private Future<Void> shutDown(Throwable waitersFailure) {
    if (state == State.CLOSED) {
      return closed;
    }
    state = State.CLOSED;
    closedView = true;
    connectedView = false;
    if (timerId != -1) {
      vertx.cancelTimer(timerId);
      timerId = -1;
    }
    owner.remove(this);
    healthCheck.stop();
    PgConnection conn = connection;
    connection = null;
    connectionView = null;
    completeWaiters(waitersFailure);
    channels.endAll();
    Handler<Void> handler = closeHandler;
    if (handler != null) {
      try {
        handler.handle(null);
      } catch (Throwable e) {
        context.reportException(e);
      }
    }
    closed = conn == null ? Future.succeededFuture() : conn.close().otherwiseEmpty();
    return closed;
  }

  private void completeWaiters(Throwable failure) {
    List<Promise<Void>> done = new ArrayList<>(waiters);
    waiters.clear();
    for (Promise<Void> promise : done) {
      if (failure == null) {
        promise.complete();
      } else {
        promise.fail(failure);
      }
    }
  }

  private void report(Throwable failure) {
    Handler<Throwable> handler = exceptionHandler;
    if (handler == null) {
      return;
    }
    try {
      handler.handle(failure);
    } catch (Throwable e) {
      context.reportException(e);
    }
  }
}
