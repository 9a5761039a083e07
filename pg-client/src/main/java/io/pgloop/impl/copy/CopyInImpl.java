package io.pgloop.impl.copy;

import io.netty.buffer.ByteBuf;
import io.pgloop.CopyIn;
import io.pgloop.Tuple;
import io.pgloop.impl.codec.CodecRegistry;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.internal.buffer.BufferInternal;
import java.util.List;
import java.util.function.Supplier;

/**
 * The {@link CopyIn} of a COPY FROM STDIN. Writes and rows are gathered into one buffer, sent as a
 * CopyData once it holds {@link #CHUNK} bytes or at the end of the event-loop turn, so that the
 * server gets large messages and the socket one flush per turn.
 *
 * <p>State is touched on the connection's event loop only: the public methods hop there.
 */
public final class CopyInImpl implements CopyIn, CopyListener {

  /** The size of the CopyData messages that gathered data is sent in. */
  static final int CHUNK = 64 * 1024;

  private enum State {
    STARTING,
    OPEN,
    ENDING,
    ABORTING,
    DONE
  }

  private final ContextInternal context;
  private final Promise<CopyIn> started;
  private final Promise<Long> rows;
  private final Runnable sendTask = this::sendGathered;

  /** What every accepted write returns: a completed future holds no listeners, so one serves. */
  private final Future<Void> accepted;

  private CopyWire wire;
  private CodecRegistry codecs;
  private boolean binary;
  private int[] declaredOids;
  private RowFormat format;
  private ByteBuf gathered;
  private boolean sendScheduled;
  private State state = State.STARTING;
  private Future<Void> ended;
  private Promise<Void> aborted;
  private Throwable failure;
  private boolean drainWanted;
  private Handler<Void> drainHandler;
  private Handler<Throwable> exceptionHandler;

  /** A COPY about to start on the connection of {@code context}. */
  public CopyInImpl(ContextInternal context) {
    this.context = context;
    this.started = context.promise();
    this.rows = context.promise();
    this.accepted = context.succeededFuture();
  }

  /** Completes with this stream once the server is ready for data; fails if it refuses. */
  public Future<CopyIn> started() {
    return started.future();
  }

  // ---------------------------------------------------------------- from the connection

  @Override
  public void onStart(CopyWire wire, boolean binary, CodecRegistry codecs) {
    this.wire = wire;
    this.binary = binary;
    this.codecs = codecs;
    this.state = State.OPEN;
    started.complete(this);
  }

  @Override
  public void onData(ByteBuf data) {
    // A COPY FROM STDIN receives no data.
  }

  @Override
  public void onWritable() {
    if (drainWanted && state == State.OPEN) {
      drainWanted = false;
      Handler<Void> handler = drainHandler;
      if (handler != null) {
        context.emit(null, handler);
      }
    }
  }

  @Override
  public void onEnd(long count) {
    state = State.DONE;
    release();
    if (aborted != null) {
      // The server copied the data after all: the abort came too late to matter.
      aborted.tryComplete();
    }
    rows.tryComplete(count);
  }

  @Override
  public void onFailure(Throwable cause) {
    State previous = state;
    state = State.DONE;
    failure = cause;
    release();
    if (previous == State.STARTING) {
      started.tryFail(cause);
      return;
    }
    rows.tryFail(cause);
    if (aborted != null) {
      // The server's answer to CopyFail is an error: that is the abort succeeding.
      if (cause instanceof io.pgloop.PgException) {
        aborted.tryComplete();
      } else {
        aborted.tryFail(cause);
      }
      return;
    }
    Handler<Throwable> handler = exceptionHandler;
    if (handler != null) {
      context.emit(cause, handler);
    }
  }

  // ---------------------------------------------------------------- API

  @Override
  public Future<Void> write(Buffer data) {
    // On the event loop, called directly: a writer there pays no hop and no lambda per write.
    return context.inThread() ? doWrite(data) : onContext(() -> doWrite(data));
  }

  private Future<Void> doWrite(Buffer data) {
    Future<Void> refused = refusal();
    if (refused != null) {
      return refused;
    }
    ByteBuf bytes = ((BufferInternal) data).getByteBuf();
    gathered().writeBytes(bytes, bytes.readerIndex(), bytes.readableBytes());
    afterWrite();
    return accepted;
  }

  @Override
  public Future<Void> writeRow(Tuple row) {
    return context.inThread() ? doWriteRow(row) : onContext(() -> doWriteRow(row));
  }

  private Future<Void> doWriteRow(Tuple row) {
    Future<Void> refused = refusal();
    if (refused != null) {
      return refused;
    }
    try {
      format().writeRow(row, gathered());
    } catch (IllegalArgumentException e) {
      return context.failedFuture(e);
    }
    afterWrite();
    return accepted;
  }

  @Override
  public CopyIn types(List<String> typeNames) {
    // Resolved at once, so that a wrong name throws here; the registry is immutable.
    int[] oids = CopyTypes.resolve(typeNames, codecs);
    run(
        () -> {
          declaredOids = oids;
          format = null;
        });
    return this;
  }

  @Override
  public Future<Void> end() {
    return onContext(
        () -> {
          if (ended != null) {
            return ended;
          }
          if (aborted != null) {
            return context.failedFuture(new IllegalStateException("the COPY was aborted"));
          }
          if (state == State.OPEN) {
            if (format != null) {
              format.finish(gathered());
            }
            sendGathered();
            wire.done();
            state = State.ENDING;
          }
          ended = rows.future().mapEmpty();
          return ended;
        });
  }

  @Override
  public Future<Void> end(Buffer data) {
    return onContext(
        () -> {
          write(data);
          return end();
        });
  }

  @Override
  public Future<Void> abort(String reason) {
    return onContext(
        () -> {
          if (state != State.OPEN) {
            return context.failedFuture(
                new IllegalStateException(
                    state == State.ABORTING
                        ? "the COPY is already aborted"
                        : "the COPY has ended: nothing to abort"));
          }
          state = State.ABORTING;
          release();
          aborted = context.promise();
          wire.abort(reason);
          return aborted.future();
        });
  }

  @Override
  public Future<Long> rowCount() {
    return rows.future();
  }

  @Override
  public CopyIn exceptionHandler(Handler<Throwable> handler) {
    this.exceptionHandler = handler;
    return this;
  }

  @Override
  public CopyIn drainHandler(Handler<Void> handler) {
    this.drainHandler = handler;
    // The socket may have drained between the caller's writeQueueFull() and now; checked in a
    // later task, so that the handler never runs inside this call.
    context.nettyEventLoop().execute(this::onWritableIfSo);
    return this;
  }

  private void onWritableIfSo() {
    if (wire != null && wire.isWritable()) {
      onWritable();
    }
  }

  @Override
  public CopyIn setWriteQueueMaxSize(int maxSize) {
    return this;
  }

  @Override
  public boolean writeQueueFull() {
    boolean full = wire != null && state == State.OPEN && !wire.isWritable();
    if (full) {
      drainWanted = true;
    }
    return full;
  }

  // ---------------------------------------------------------------- internals

  /** A failed future when the COPY takes no more data, else null. */
  private Future<Void> refusal() {
    return switch (state) {
      case OPEN -> null;
      case DONE ->
          context.failedFuture(
              failure != null
                  ? new IllegalStateException("the COPY failed: " + failure.getMessage(), failure)
                  : new IllegalStateException("the COPY has ended"));
      case ABORTING -> context.failedFuture(new IllegalStateException("the COPY was aborted"));
      default -> context.failedFuture(new IllegalStateException("the COPY has ended"));
    };
  }

  private RowFormat format() {
    if (format == null) {
      format = RowFormat.of(binary, codecs, declaredOids);
    }
    return format;
  }

  private ByteBuf gathered() {
    if (gathered == null) {
      gathered = wire.alloc().buffer(CHUNK + CHUNK / 4);
    }
    return gathered;
  }

  private void afterWrite() {
    if (gathered.readableBytes() >= CHUNK) {
      sendGathered();
    } else if (!sendScheduled) {
      sendScheduled = true;
      context.nettyEventLoop().execute(sendTask);
    }
  }

  /** Sends the gathered data as one CopyData; the wire takes the buffer. */
  private void sendGathered() {
    sendScheduled = false;
    ByteBuf data = gathered;
    if (data == null || state != State.OPEN) {
      return;
    }
    gathered = null;
    if (data.isReadable()) {
      wire.send(data);
    } else {
      data.release();
    }
  }

  private void release() {
    if (gathered != null) {
      gathered.release();
      gathered = null;
    }
  }

  private void run(Runnable action) {
    if (context.inThread()) {
      action.run();
    } else {
      context.execute(action);
    }
  }

  private <T> Future<T> onContext(Supplier<Future<T>> action) {
    if (context.inThread()) {
      return action.get();
    }
    Promise<T> promise = context.promise();
    context.execute(() -> action.get().onComplete(promise));
    return promise.future();
  }
}
