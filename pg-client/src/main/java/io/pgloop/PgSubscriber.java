package io.pgloop;

import io.pgloop.codegen.GenWrapper;
import io.pgloop.impl.pubsub.SubscriberImpl;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;

/**
 * LISTEN/NOTIFY over one dedicated connection that comes back when it is lost.
 *
 * <pre>{@code
 * PgSubscriber subscriber = PgSubscriber.subscriber(vertx, options);
 * PgChannel jobs = subscriber.channel("jobs");
 * jobs.subscribeHandler(v -> pollPendingJobs());   // first LISTEN, and after each reconnection
 * jobs.handler(n -> runJob(n.payload()));
 * subscriber.connect().onFailure(e -> log(e));
 * // elsewhere: SELECT pg_notify('jobs', '42')
 * }</pre>
 *
 * <p>When the connection drops (server restart, {@code pg_terminate_backend}, network failure, or a
 * network gone silent, found by a periodic {@code SELECT 1}: {@link
 * PgSubscriberOptions#getHealthCheckInterval()}), the subscriber connects again after an
 * exponential backoff with jitter ({@link PgSubscriberOptions}), sends LISTEN for every subscribed
 * channel, then calls each channel's {@link PgChannel#subscribeHandler subscribe handler}.
 * PostgreSQL does not keep notifications for a session that is gone: those sent while the
 * subscriber was disconnected are lost. Follow the order PostgreSQL documents: LISTEN, then read
 * the current state (in the subscribe handler), then apply the notifications.
 *
 * <p>The subscriber closes itself when the Vert.x instance, or the verticle that created it,
 * closes.
 *
 * <h2>Threading</h2>
 *
 * Any thread may call. The subscriber runs on the context it was created on when that is an event
 * loop, else on a new event-loop context; its connection, futures and every handler of it and of
 * its channels run there.
 */
@GenWrapper
public interface PgSubscriber {

  /** A subscriber with the default {@link PgSubscriberOptions}; see {@link #connect()}. */
  static PgSubscriber subscriber(Vertx vertx, PgConnectOptions options) {
    return subscriber(vertx, options, new PgSubscriberOptions());
  }

  /**
   * A subscriber, not yet connected: channels may be set up before {@link #connect()}.
   *
   * @throws IllegalArgumentException when either options are invalid; the message names the option
   */
  static PgSubscriber subscriber(
      Vertx vertx, PgConnectOptions options, PgSubscriberOptions subscriberOptions) {
    return SubscriberImpl.create(vertx, options, subscriberOptions);
  }

  /**
   * Connects and sends LISTEN for every channel subscribed so far. A single attempt: a wrong
   * password or an unreachable server fails the future at once, and {@code connect()} may be called
   * again. Reconnection takes over only once a connection was made.
   *
   * @return a future completed on the subscriber's context once connected and every LISTEN answered
   *     (a refused LISTEN goes to its channel's exception handler, not here); when already
   *     connected, a completed future; while reconnecting, the future of the reconnection; failed
   *     with the connection's error, or with an {@link IllegalStateException} when closed
   */
  Future<Void> connect();

  /**
   * A new channel of this name, not yet subscribed: set its {@link PgChannel#handler handler} to
   * LISTEN. Several channels may share a name; each gets every notification.
   *
   * @param name the channel name, exactly as {@code pg_notify} takes it: LISTEN quotes it, so
   *     {@code "Orders"} and {@code "orders"} are different channels and any character is safe
   * @throws IllegalArgumentException when the name is empty, holds a NUL character or is longer
   *     than PostgreSQL's 63 bytes (UTF-8), which the server would truncate
   */
  PgChannel channel(String name);

  /**
   * Sets the handler of connection failures: what the connection's own exception handler sees (a
   * broken socket, a FATAL error such as 57P01 when the backend is terminated), a {@link
   * PgConnectionException} when the connection is lost, and the failure of each reconnection
   * attempt. Informative: the subscriber carries on reconnecting.
   */
  PgSubscriber exceptionHandler(Handler<Throwable> handler);

  /**
   * Sets the handler called once when the subscriber is closed: by {@link #close()}, by the closing
   * of its Vert.x instance or verticle, or because {@link
   * PgSubscriberOptions#getReconnectMaxAttempts()} attempts in a row failed.
   */
  PgSubscriber closeHandler(Handler<Void> handler);

  /** Whether the subscriber is connected and has sent LISTEN for its channels. */
  boolean isConnected();

  /** Whether the subscriber is closed: for good, it never connects again. */
  boolean isClosed();

  /**
   * The connection in use now, or null while disconnected. For inspection (its {@link
   * PgConnection#processId()}); running queries on it delays notifications, and closing it makes
   * the subscriber reconnect.
   */
  PgConnection actualConnection();

  /**
   * Closes the subscriber: cancels a pending reconnection, ends every channel (their end handlers
   * run once their buffered notifications are delivered), runs the close handler and closes the
   * connection.
   *
   * @return a future completed once the connection is closed; closing twice is harmless
   */
  Future<Void> close();
}
