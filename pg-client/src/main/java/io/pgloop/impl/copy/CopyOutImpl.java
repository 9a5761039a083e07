package io.pgloop.impl.copy;

import io.netty.buffer.ByteBuf;
import io.pgloop.CopyOut;
import io.pgloop.impl.codec.CodecRegistry;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.internal.buffer.BufferInternal;
import java.util.ArrayDeque;

/**
 * The {@link CopyOut} of a COPY TO STDOUT. Data is handed to the handler while there is demand;
 * otherwise (paused, or no handler yet) it waits in a queue and the socket stops being read, so the
 * queue holds at most what one socket read brought in and the server waits on its side.
 *
 * <p>State is touched on the connection's event loop only: the public methods hop there.
 */
public final class CopyOutImpl implements CopyOut, CopyListener {

  private final ContextInternal context;
  private final Promise<CopyOut> started;
  private final Promise<Long> rows;
  private final ArrayDeque<Buffer> queue = new ArrayDeque<>();
  private CopyWire wire;
  private boolean binary;
  private long demand = Long.MAX_VALUE;
  private boolean reading = true;
  private boolean emitting;
  private boolean ended;
  private boolean done;
  private long rowCount;
  private Throwable failure;
  private Handler<Buffer> handler;
  private Handler<Void> endHandler;
  private Handler<Throwable> exceptionHandler;

  /** A COPY about to start on the connection of {@code context}. */
  public CopyOutImpl(ContextInternal context) {
    this.context = context;
    this.started = context.promise();
    this.rows = context.promise();
  }

  /** Completes with this stream once the server starts sending; fails if it refuses. */
  public Future<CopyOut> started() {
    return started.future();
  }

  // ---------------------------------------------------------------- from the connection

  @Override
  public void onStart(CopyWire wire, boolean binary, CodecRegistry codecs) {
    this.wire = wire;
    this.binary = binary;
    started.complete(this);
  }

  @Override
  public void onData(ByteBuf data) {
    Buffer buffer = BufferInternal.buffer(data);
    if (queue.isEmpty() && handler != null && demand > 0 && !emitting && !done) {
      // The common case, a consumer keeping up: straight through, without the queue.
      if (demand != Long.MAX_VALUE) {
        demand--;
      }
      emitting = true;
      try {
        deliver(buffer);
      } finally {
        emitting = false;
      }
      if (demand == 0) {
        reading(false);
      }
      return;
    }
    queue.add(buffer);
    drain();
  }

  @Override
  public void onWritable() {}

  @Override
  public void onEnd(long count) {
    ended = true;
    rowCount = count;
    drain();
  }

  @Override
  public void onFailure(Throwable cause) {
    if (wire == null) {
      started.tryFail(cause);
      return;
    }
    ended = true;
    failure = cause;
    drain();
  }

  // ---------------------------------------------------------------- API

  @Override
  public CopyOut handler(Handler<Buffer> handler) {
    run(
        () -> {
          this.handler = handler;
          drain();
        });
    return this;
  }

  @Override
  public CopyOut pause() {
    run(() -> demand = 0);
    return this;
  }

  @Override
  public CopyOut resume() {
    return fetch(Long.MAX_VALUE);
  }

  @Override
  public CopyOut fetch(long amount) {
    if (amount < 0) {
      throw new IllegalArgumentException("amount must not be negative: " + amount);
    }
    run(
        () -> {
          demand = demand + amount < 0 ? Long.MAX_VALUE : demand + amount;
          drain();
        });
    return this;
  }

  @Override
  public CopyOut endHandler(Handler<Void> endHandler) {
    run(() -> this.endHandler = endHandler);
    return this;
  }

  @Override
  public CopyOut exceptionHandler(Handler<Throwable> handler) {
    run(() -> this.exceptionHandler = handler);
    return this;
  }

  @Override
  public boolean isBinary() {
    return binary;
  }

  @Override
  public Future<Long> rowCount() {
    return rows.future();
  }

  // ---------------------------------------------------------------- internals

  /** Delivers queued data while there is demand; then ends, or reads the socket again. */
  private void drain() {
    if (emitting || done) {
      return;
    }
    emitting = true;
    try {
      // The handler may pause or fetch from inside: the loop re-reads the state each time.
      while (handler != null && demand > 0 && !queue.isEmpty()) {
        if (demand != Long.MAX_VALUE) {
          demand--;
        }
        deliver(queue.poll());
      }
    } finally {
      emitting = false;
    }
    if (!queue.isEmpty()) {
      // Once the COPY has ended the connection is free: its next commands must be read.
      reading(ended);
      return;
    }
    if (ended) {
      finish();
    } else {
      reading(handler != null && demand > 0);
    }
  }

  private void deliver(Buffer data) {
    Handler<Buffer> h = handler;
    // Data read off the socket is already inside the connection's dispatch: no nested one per row.
    boolean dispatching = context.isRunningOnContext();
    ContextInternal previous = dispatching ? null : context.beginDispatch();
    try {
      h.handle(data);
    } catch (RuntimeException e) {
      context.reportException(e);
    } finally {
      if (!dispatching) {
        context.endDispatch(previous);
      }
    }
  }

  private void finish() {
    done = true;
    reading(true);
    if (failure != null) {
      rows.tryFail(failure);
      Handler<Throwable> onError = exceptionHandler;
      if (onError != null) {
        context.emit(failure, onError);
      }
    } else {
      rows.tryComplete(rowCount);
      Handler<Void> onEnd = endHandler;
      if (onEnd != null) {
        context.emit(null, onEnd);
      }
    }
  }

  private void reading(boolean on) {
    if (reading != on && wire != null) {
      reading = on;
      wire.autoRead(on);
    }
  }

  private void run(Runnable action) {
    if (context.inThread()) {
      action.run();
    } else {
      context.execute(action);
    }
  }
}
