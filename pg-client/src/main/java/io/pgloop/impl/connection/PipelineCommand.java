package io.pgloop.impl.connection;

import io.netty.buffer.ByteBuf;
import io.pgloop.PgPipelineAbortedException;
import io.pgloop.PgProtocolException;
import io.pgloop.PgQueryTimeoutException;
import io.pgloop.impl.protocol.backend.BackendMessage;
import io.pgloop.impl.protocol.backend.ErrorResponse;
import io.pgloop.impl.protocol.backend.ReadyForQuery;
import io.pgloop.impl.protocol.frontend.FrontendMessages;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * An explicit pipeline on the wire: one command that holds the connection from its first write to
 * its final Sync, and writes the statements and syncs queued on it as they come.
 *
 * <pre>
 * → ( (Parse? Bind Describe? Execute)* Flush )* Sync  ... repeated per segment, the last Sync final
 * ← per statement: its replies up to CommandComplete, or ErrorResponse; per Sync: ReadyForQuery
 * </pre>
 *
 * Statements queued in one event-loop turn go out in one write followed by one Flush, so the server
 * sends their results without waiting for the Sync. After an ErrorResponse the server skips every
 * message until the next Sync: the statements written since fail with {@link
 * PgPipelineAbortedException} at once, and so do those queued before that Sync is written.
 *
 * <p>A statement with a timeout has a timer from when it is queued. Still unwritten when it fires,
 * the statement is taken out and fails; it never runs. On the wire, it fails at once, and the
 * server is sent a cancel request as soon as the statement is the one it executes (see {@link
 * ExpiredStatementCancels}); the statement consumes its replies, and its 57014 error aborts the
 * rest of the segment as any error does. A Flush goes before such a statement, so that the server
 * sends the replies of the statements before it as each completes: without them the client could
 * not tell when the server reaches the timed statement.
 *
 * <p>Event loop only, like every command.
 */
final class PipelineCommand extends Command<Void> {

  /** A sync point; {@code last} ends the pipeline. */
  private record Sync(Promise<Void> promise, boolean last) {}

  private final PgConnectionImpl connection;
  private final ArrayDeque<Object> unwritten = new ArrayDeque<>();
  private final ArrayDeque<Object> awaiting = new ArrayDeque<>();
  private final Runnable writeTask = this::writeQueued;

  private boolean written;
  private boolean writeScheduled;
  private boolean ended;
  private boolean lastSyncWritten;
  private boolean segmentAborted;
  private Throwable failure;

  /** The timeouts of the queued and written statements that have one; null until the first. */
  private Map<ExtendedQueryCommand<?>, StatementTimeout> timeouts;

  PipelineCommand(Promise<Void> promise, PgConnectionImpl connection) {
    super(promise);
    this.connection = connection;
  }

  /**
   * Queues a statement, made {@link ExtendedQueryCommand#pipelined() pipelined}, with a timeout
   * (ZERO: none).
   */
  void add(ExtendedQueryCommand<?> statement, Duration timeout) {
    if (refused(statement)) {
      return;
    }
    statement.pipelined();
    if (!timeout.isZero()) {
      if (timeouts == null) {
        timeouts = new IdentityHashMap<>();
      }
      timeouts.put(statement, new StatementTimeout(statement, timeout));
    }
    queue(statement);
  }

  /** Queues a sync point; with {@code last}, the final one: nothing may be queued after it. */
  void sync(Promise<Void> promise, boolean last) {
    if (refused(promise)) {
      return;
    }
    ended |= last;
    queue(new Sync(promise, last));
  }

  private boolean refused(Object entry) {
    if (failure != null) {
      failEntry(entry, failure);
      return true;
    }
    if (ended) {
      failEntry(
          entry,
          new IllegalStateException(
              "the pipeline has ended: its block's future completed before this was queued"));
      return true;
    }
    return false;
  }

  private void queue(Object entry) {
    unwritten.add(entry);
    if (written && !writeScheduled) {
      writeScheduled = true;
      connection.context().runOnContext(v -> writeTask.run());
    }
  }

  @Override
  void encode(ByteBuf out, PgConnectionImpl connection) {
    written = true;
    writeEntries(out);
  }

  private void writeQueued() {
    writeScheduled = false;
    if (failure == null && !unwritten.isEmpty()) {
      connection.writeNow(this::writeEntries);
      if (lastSyncWritten) {
        // The commands queued behind the pipeline may follow its final Sync on the wire at once.
        connection.resumeWriting();
      }
    }
  }

  private void writeEntries(ByteBuf out) {
    boolean flush = false;
    Object entry;
    while ((entry = unwritten.poll()) != null) {
      if (entry instanceof Sync sync) {
        FrontendMessages.sync(out);
        awaiting.add(sync);
        segmentAborted = false;
        lastSyncWritten |= sync.last;
        flush = false;
      } else if (segmentAborted) {
        ended(entry);
        ((ExtendedQueryCommand<?>) entry).fail(new PgPipelineAbortedException());
      } else {
        ExtendedQueryCommand<?> statement = (ExtendedQueryCommand<?>) entry;
        if (flush && timeouts != null && timeouts.containsKey(statement)) {
          // The replies of the statements before it arrive before it runs: see the class comment.
          FrontendMessages.flush(out);
        }
        int start = out.writerIndex();
        try {
          statement.encode(out, connection);
        } catch (RuntimeException e) {
          // Not sent: it fails alone, and the server never sees it.
          out.writerIndex(start);
          ended(statement);
          statement.fail(e);
          continue;
        }
        awaiting.add(statement);
        flush = true;
      }
    }
    if (flush) {
      FrontendMessages.flush(out);
    }
  }

  @Override
  boolean holdsConnection() {
    return !lastSyncWritten;
  }

  @Override
  boolean handle(BackendMessage message, PgConnectionImpl connection) {
    Object head = awaiting.peek();
    if (head instanceof Sync sync) {
      if (!(message instanceof ReadyForQuery)) {
        throw unexpected(message);
      }
      awaiting.poll();
      sync.promise.tryComplete();
      if (sync.last) {
        promise.tryComplete();
        return true;
      }
      cancelIfExpired();
      return false;
    }
    if (head == null || message instanceof ReadyForQuery) {
      throw unexpected(message);
    }
    ExtendedQueryCommand<?> statement = (ExtendedQueryCommand<?>) head;
    if (statement.handle(message, connection)) {
      awaiting.poll();
      ended(statement);
      if (message instanceof ErrorResponse) {
        abortSegment();
      }
      cancelIfExpired();
    }
    return false;
  }

  @Override
  void reachedHead(PgConnectionImpl connection) {
    cancelIfExpired();
  }

  /** Sends the cancel request of the statement the server now executes, if it is past its time. */
  private void cancelIfExpired() {
    if (timeouts != null && awaiting.peek() instanceof ExtendedQueryCommand<?> executing) {
      StatementTimeout timeout = timeouts.get(executing);
      if (timeout != null) {
        timeout.cancels.send();
      }
    }
  }

  /** A statement has completed, failed or been skipped: its timer has nothing more to do. */
  private void ended(Object entry) {
    if (timeouts != null) {
      StatementTimeout timeout = timeouts.remove(entry);
      if (timeout != null) {
        timeout.stop();
      }
    }
  }

  /** After an error: the server skips the statements up to the next Sync. */
  private void abortSegment() {
    while (awaiting.peek() instanceof ExtendedQueryCommand<?> skipped) {
      awaiting.poll();
      ended(skipped);
      skipped.skipped(connection, new PgPipelineAbortedException());
    }
    // No Sync written since the error: what is written next belongs to the aborted segment.
    segmentAborted = awaiting.isEmpty();
  }

  private static PgProtocolException unexpected(BackendMessage message) {
    return new PgProtocolException(
        "unexpected " + message.getClass().getSimpleName() + " in a pipeline");
  }

  @Override
  void fail(Throwable cause) {
    if (failure == null) {
      failure = cause;
    }
    drain(awaiting, cause);
    drain(unwritten, cause);
    promise.tryFail(cause);
  }

  private void drain(ArrayDeque<Object> entries, Throwable cause) {
    Object entry;
    while ((entry = entries.poll()) != null) {
      ended(entry);
      failEntry(entry, cause);
    }
  }

  private static void failEntry(Object entry, Throwable cause) {
    if (entry instanceof Sync sync) {
      sync.promise.tryFail(cause);
    } else if (entry instanceof Promise<?> promise) {
      promise.tryFail(cause);
    } else {
      ((ExtendedQueryCommand<?>) entry).fail(cause);
    }
  }

  /** The timer of one statement, and the cancel requests once it has fired. */
  private final class StatementTimeout {
    private final ExtendedQueryCommand<?> statement;
    private final Duration timeout;
    private final long timer;
    private final ExpiredStatementCancels cancels;

    StatementTimeout(ExtendedQueryCommand<?> statement, Duration timeout) {
      this.statement = statement;
      this.timeout = timeout;
      this.cancels =
          new ExpiredStatementCancels(
              connection,
              () -> connection.isExecuting(PipelineCommand.this) && awaiting.peek() == statement);
      this.timer =
          connection.context().setTimer(QueryTimeouts.timerMillis(timeout), id -> expire());
    }

    private void expire() {
      if (statement.promise.future().isComplete()) {
        return;
      }
      if (unwritten.remove(statement)) {
        timeouts.remove(statement);
        statement.fail(new PgQueryTimeoutException(timeout, false));
        return;
      }
      statement.promise.tryFail(new PgQueryTimeoutException(timeout, true));
      cancels.expire();
    }

    void stop() {
      cancels.stop();
      connection.context().owner().cancelTimer(timer);
    }
  }
}
