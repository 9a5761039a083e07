package io.pgloop.impl.pubsub;

import io.pgloop.PgChannel;
import io.pgloop.PgNotification;
import io.vertx.core.Handler;
import io.vertx.core.internal.ContextInternal;
import java.util.ArrayDeque;

/**
 * A channel: its handlers, its demand and its bounded buffer. Every field is touched on the
 * subscriber's context only; calls from other threads are moved there.
 */
final class ChannelImpl implements PgChannel {

  private static final System.Logger LOG = System.getLogger(PgChannel.class.getName());

  private final SubscriberImpl subscriber;
  private final ContextInternal context;
  private final String name;
  private final String quotedName;
  private final int maxBuffered;
  private final ArrayDeque<PgNotification> buffer = new ArrayDeque<>();

  private Handler<PgNotification> handler;
  private Handler<Throwable> exceptionHandler;
  private Handler<Void> endHandler;
  private Handler<Void> subscribeHandler;
  private long demand = Long.MAX_VALUE;
  private boolean joined;
  private boolean draining;
  private boolean ending;
  private boolean ended;
  private int subscribedGeneration;
  private volatile long dropped;

  ChannelImpl(
      SubscriberImpl subscriber,
      ContextInternal context,
      String name,
      String quotedName,
      int maxBuffered) {
    this.subscriber = subscriber;
    this.context = context;
    this.name = name;
    this.quotedName = quotedName;
    this.maxBuffered = maxBuffered;
  }

  @Override
  public String name() {
    return name;
  }

  String quotedName() {
    return quotedName;
  }

  @Override
  public long droppedCount() {
    return dropped;
  }

  @Override
  public PgChannel handler(Handler<PgNotification> handler) {
    subscriber.run(
        () -> {
          this.handler = handler;
          if (handler == null) {
            buffer.clear();
            if (joined) {
              joined = false;
              subscriber.leave(this);
            }
          } else if (!joined && !ending) {
            joined = true;
            subscriber.join(this);
          }
        });
    return this;
  }

  @Override
  public PgChannel exceptionHandler(Handler<Throwable> handler) {
    subscriber.run(() -> this.exceptionHandler = handler);
    return this;
  }

  @Override
  public PgChannel endHandler(Handler<Void> endHandler) {
    subscriber.run(() -> this.endHandler = endHandler);
    return this;
  }

  @Override
  public PgChannel subscribeHandler(Handler<Void> handler) {
    subscriber.run(() -> this.subscribeHandler = handler);
    return this;
  }

  @Override
  public PgChannel pause() {
    subscriber.run(() -> demand = 0);
    return this;
  }

  @Override
  public PgChannel resume() {
    return fetch(Long.MAX_VALUE);
  }

  @Override
  public PgChannel fetch(long amount) {
    if (amount < 0) {
      throw new IllegalArgumentException("fetch amount must not be negative, not " + amount);
    }
    subscriber.run(
        () -> {
          demand = demand > Long.MAX_VALUE - amount ? Long.MAX_VALUE : demand + amount;
          drain();
        });
    return this;
  }

  /** A notification of this channel's name; kept within the bound when there is no demand. */
  void deliver(PgNotification notification) {
    if (handler == null) {
      return;
    }
    buffer.add(notification);
    if (buffer.size() > maxBuffered) {
      buffer.poll();
      dropped++;
    }
    drain();
  }

  /** The server confirmed LISTEN on the connection of {@code generation}; once per connection. */
  void subscribed(int generation) {
    if (!joined || generation == subscribedGeneration) {
      return;
    }
    subscribedGeneration = generation;
    call(subscribeHandler, null);
  }

  void failed(Throwable failure) {
    Handler<Throwable> h = exceptionHandler;
    if (h == null) {
      LOG.log(System.Logger.Level.WARNING, "LISTEN " + quotedName + " failed", failure);
    } else {
      call(h, failure);
    }
  }

  /** The subscriber closed: the end handler runs once the buffer is delivered. */
  void end() {
    joined = false;
    ending = true;
    drain();
  }

  private void drain() {
    if (draining) {
      return;
    }
    draining = true;
    try {
      while (demand > 0 && !buffer.isEmpty()) {
        if (demand != Long.MAX_VALUE) {
          demand--;
        }
        call(handler, buffer.poll());
      }
      if (ending && !ended && buffer.isEmpty()) {
        ended = true;
        call(endHandler, null);
      }
    } finally {
      draining = false;
    }
  }

  // A throwing handler must not stop delivery to the other channels of the name, nor reach the
  // connection, which would take it for a protocol failure.
  private <T> void call(Handler<T> h, T value) {
    if (h == null) {
      return;
    }
    try {
      h.handle(value);
    } catch (Throwable e) {
      context.reportException(e);
    }
  }
}
