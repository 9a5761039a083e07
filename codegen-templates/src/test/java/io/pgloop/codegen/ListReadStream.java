package io.pgloop.codegen;

import io.vertx.core.Handler;
import io.vertx.core.streams.ReadStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A {@link ReadStream} over a list that honours {@code pause}/{@code fetch} exactly, and records
 * how many items it emitted: the test double of the stream adapters.
 */
final class ListReadStream<T> implements ReadStream<T> {

  private final Deque<T> items;
  private long demand = Long.MAX_VALUE;
  private Handler<T> handler;
  private Handler<Void> endHandler;
  private boolean ended;
  private boolean draining;
  int emitted;

  ListReadStream(List<T> items) {
    this.items = new ArrayDeque<>(items);
  }

  boolean hasHandler() {
    return handler != null;
  }

  long demand() {
    return demand;
  }

  @Override
  public ReadStream<T> exceptionHandler(Handler<Throwable> handler) {
    return this;
  }

  @Override
  public ReadStream<T> handler(Handler<T> handler) {
    this.handler = handler;
    drain();
    return this;
  }

  @Override
  public ReadStream<T> pause() {
    demand = 0;
    return this;
  }

  @Override
  public ReadStream<T> resume() {
    return fetch(Long.MAX_VALUE);
  }

  @Override
  public ReadStream<T> fetch(long amount) {
    demand = demand + amount < 0 ? Long.MAX_VALUE : demand + amount;
    drain();
    return this;
  }

  @Override
  public ReadStream<T> endHandler(Handler<Void> endHandler) {
    this.endHandler = endHandler;
    drain();
    return this;
  }

  private void drain() {
    if (draining) {
      return;
    }
    draining = true;
    try {
      while (demand > 0 && handler != null && !items.isEmpty()) {
        if (demand != Long.MAX_VALUE) {
          demand--;
        }
        emitted++;
        handler.handle(items.poll());
      }
      if (items.isEmpty() && !ended && handler != null && endHandler != null) {
        ended = true;
        endHandler.handle(null);
      }
    } finally {
      draining = false;
    }
  }
}
