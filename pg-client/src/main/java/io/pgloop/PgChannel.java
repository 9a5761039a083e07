package io.pgloop;

import io.pgloop.codegen.GenWrapper;
import io.vertx.core.Handler;
import io.vertx.core.streams.ReadStream;

/**
 * The notifications of one LISTEN channel of a {@link PgSubscriber}, as a Vert.x {@link
 * ReadStream}.
 *
 * <pre>{@code
 * PgChannel orders = subscriber.channel("Orders");
 * orders.subscribeHandler(v -> reloadOrders());   // after each LISTEN, reconnections included
 * orders.handler(n -> onOrderChanged(n.payload()));
 * }</pre>
 *
 * <p>Setting the first {@link #handler} of a channel name on a subscriber sends {@code LISTEN};
 * setting it back to null on the last one sends {@code UNLISTEN}. Several channels of the same name
 * each receive every notification. Items are {@link PgNotification}s rather than bare payloads: the
 * channel name tells streams apart once merged, and the sender's process ID lets an application
 * recognize the notifications it sent itself.
 *
 * <h2>Back-pressure</h2>
 *
 * A paused channel keeps up to {@link PgSubscriberOptions#getMaxBufferedNotifications()}
 * notifications; beyond that it drops the oldest it holds and counts it in {@link #droppedCount()}.
 * It does not stop reading the socket: one connection carries every channel of the subscriber, so
 * that would stall the others too, and a listener that stops reading holds back the server's shared
 * notification queue, which once full makes every NOTIFY in the cluster fail. An application that
 * sees drops should re-read the state the notifications describe, as after a reconnection.
 *
 * <h2>Threading</h2>
 *
 * Any thread may call; handlers run on the subscriber's context. A call made off that context takes
 * effect once it runs there.
 */
@GenWrapper
public interface PgChannel extends ReadStream<PgNotification> {

  /**
   * Sets the handler of notifications. A non-null handler subscribes this channel (LISTEN when it
   * is the first of its name); null unsubscribes it (UNLISTEN when it was the last) and discards
   * what it buffered.
   */
  @Override
  PgChannel handler(Handler<PgNotification> handler);

  /**
   * Sets the handler of failures of this channel: the server refused its LISTEN (the channel does
   * not listen then, until the next reconnection). The loss of the connection is not reported here:
   * the subscriber reconnects and calls the {@link #subscribeHandler} again.
   */
  @Override
  PgChannel exceptionHandler(Handler<Throwable> handler);

  /** Stops delivering; notifications are buffered, within the bound, until resumed. */
  @Override
  PgChannel pause();

  /** Delivers again, buffered notifications first. */
  @Override
  PgChannel resume();

  /** Asks for {@code amount} more notifications, buffered ones first. */
  @Override
  PgChannel fetch(long amount);

  /**
   * Sets the handler called once when the subscriber closes, by {@link PgSubscriber#close()} or
   * because it gave up reconnecting, after the notifications it buffered are delivered.
   */
  @Override
  PgChannel endHandler(Handler<Void> endHandler);

  /**
   * Sets the handler called each time the server has confirmed LISTEN for this channel: when it is
   * first subscribed, and again after each reconnection. Notifications sent while the subscriber
   * was disconnected are lost (the server queues notifications only for sessions that listen):
   * re-read here whatever state they would have told about.
   */
  PgChannel subscribeHandler(Handler<Void> handler);

  /** The channel name, exactly as given (LISTEN quotes it, so case and every character count). */
  String name();

  /** How many notifications were dropped because this channel was paused with a full buffer. */
  long droppedCount();
}
