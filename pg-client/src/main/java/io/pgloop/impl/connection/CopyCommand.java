package io.pgloop.impl.connection;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.pgloop.PgConnectionException;
import io.pgloop.PgException;
import io.pgloop.impl.copy.CopyListener;
import io.pgloop.impl.copy.CopyWire;
import io.pgloop.impl.protocol.backend.BackendMessage;
import io.pgloop.impl.protocol.backend.CommandComplete;
import io.pgloop.impl.protocol.backend.CopyData;
import io.pgloop.impl.protocol.backend.CopyResponse;
import io.pgloop.impl.protocol.backend.EmptyQueryResponse;
import io.pgloop.impl.protocol.backend.ErrorResponse;
import io.pgloop.impl.protocol.backend.ReadyForQuery;
import io.pgloop.impl.protocol.frontend.FrontendMessages;
import io.vertx.core.Promise;

/**
 * A COPY: the statement in the simple protocol, then the data the way the server announces.
 *
 * <pre>
 * → Query                             ← CopyInResponse
 * → CopyData* (CopyDone | CopyFail)   ← (CommandComplete | ErrorResponse) ReadyForQuery
 *
 * → Query                             ← CopyOutResponse CopyData* CopyDone CommandComplete
 *                                       ReadyForQuery
 * </pre>
 *
 * The command {@link #holdsConnection() holds the connection}: while the server waits for COPY data
 * it takes any other message as a protocol violation, so nothing is written behind it. On an error
 * during copy-in the server answers ErrorResponse and ReadyForQuery at once and drops the CopyData
 * still arriving; the stream stops sending at the error.
 *
 * <p>A statement that turns out not to be the expected COPY fails the start: a COPY FROM STDIN
 * under {@code copyOut} is refused with CopyFail; a COPY TO STDOUT under {@code copyIn} runs with
 * its data discarded; any other statement runs. The connection stays usable in every case.
 *
 * <p>Event loop only; the stream calls the {@link CopyWire} methods there.
 */
final class CopyCommand extends Command<Void> implements CopyWire {

  private final String sql;
  private final CopyResponse.Kind expected;
  private final CopyListener listener;
  private PgConnectionImpl connection;
  private boolean started;
  private boolean sending;
  private boolean failed;
  private boolean closing;
  private long rows = -1;
  private String completion;
  private String refusal;
  private PgException error;

  CopyCommand(
      Promise<Void> promise, String sql, CopyResponse.Kind expected, CopyListener listener) {
    super(promise);
    this.sql = sql;
    this.expected = expected;
    this.listener = listener;
  }

  @Override
  void encode(ByteBuf out, PgConnectionImpl connection) {
    FrontendMessages.query(out, sql);
    this.connection = connection;
  }

  @Override
  boolean holdsConnection() {
    return true;
  }

  @Override
  boolean handle(BackendMessage message, PgConnectionImpl connection) {
    if (message instanceof CopyData data) {
      if (started && expected == CopyResponse.Kind.OUT && refusal == null && !failed) {
        listener.onData(data.data());
      }
    } else if (message instanceof CopyResponse response) {
      begin(response);
    } else if (message instanceof CommandComplete complete) {
      if (started && rows < 0) {
        rows = complete.rows();
      } else if (completion == null) {
        completion = complete.tag();
      }
    } else if (message instanceof EmptyQueryResponse) {
      completion = "an empty statement";
    } else if (message instanceof ErrorResponse response) {
      sending = false;
      if (error == null) {
        error = PgException.of(response.fields());
      }
    } else if (message instanceof ReadyForQuery) {
      finish();
      return true;
    }
    // RowDescription, DataRow, CopyDone: of a statement that is not ours to read, or nothing.
    return false;
  }

  private void begin(CopyResponse response) {
    if (!started && refusal == null && response.kind() == expected) {
      started = true;
      if (expected == CopyResponse.Kind.IN) {
        sending = true;
        connection.writabilityListener(listener::onWritable);
      }
      listener.onStart(this, response.overallFormat() == 1, connection.codecs());
      if (closing) {
        endForClose();
      }
      return;
    }
    if (refusal == null) {
      refusal =
          started
              ? "the statement holds more than one COPY: run one per call"
              : expected == CopyResponse.Kind.IN
                  ? "copyIn() ran a COPY TO STDOUT, whose data was discarded: use copyOut()"
                  : "copyOut() cannot run a COPY FROM STDIN, nothing was copied: use copyIn()";
    }
    if (response.kind() != CopyResponse.Kind.OUT) {
      // The server waits for data: refuse, and it answers with an error then ReadyForQuery.
      connection.writeNow(out -> FrontendMessages.copyFail(out, refusal));
    }
  }

  private void finish() {
    sending = false;
    connection.writabilityListener(null);
    if (refusal != null) {
      report(new IllegalStateException(refusal, error));
    } else if (error != null) {
      report(error);
    } else if (!started) {
      report(
          new IllegalStateException(
              "not a COPY "
                  + (expected == CopyResponse.Kind.IN ? "FROM STDIN" : "TO STDOUT")
                  + ": the statement ran and completed with "
                  + (completion == null ? "no result" : "'" + completion + "'")));
    } else if (!failed) {
      listener.onEnd(Math.max(rows, 0));
    }
    promise.tryComplete();
  }

  private void report(Throwable cause) {
    if (!failed) {
      failed = true;
      listener.onFailure(cause);
    }
  }

  /**
   * A COPY runs as far as its user writes or reads, so a close must end it rather than wait: a COPY
   * FROM STDIN is aborted (nothing is copied), a COPY TO STDOUT is cancelled and what the server
   * still sends is discarded.
   */
  @Override
  void connectionClosing() {
    closing = true;
    if (started) {
      endForClose();
    }
  }

  private void endForClose() {
    if (expected == CopyResponse.Kind.IN) {
      abort("the connection is closing");
      return;
    }
    report(
        new PgConnectionException(
            "the connection was closed during the COPY: the rest of its data is discarded"));
    autoRead(true);
    connection.cancelRequest();
  }

  @Override
  void fail(Throwable cause) {
    sending = false;
    if (connection != null) {
      connection.writabilityListener(null);
    }
    report(cause);
    super.fail(cause);
  }

  // ---------------------------------------------------------------- CopyWire

  @Override
  public void send(ByteBuf data) {
    if (sending) {
      connection.writeCopyData(data);
    } else {
      data.release();
    }
  }

  @Override
  public void done() {
    if (sending) {
      sending = false;
      connection.writeNow(FrontendMessages::copyDone);
    }
  }

  @Override
  public void abort(String reason) {
    if (sending) {
      sending = false;
      connection.writeNow(out -> FrontendMessages.copyFail(out, reason.replace('\0', ' ')));
    }
  }

  @Override
  public boolean isWritable() {
    return connection.channel().isWritable();
  }

  @Override
  public void autoRead(boolean on) {
    connection.channel().config().setAutoRead(on);
  }

  @Override
  public ByteBufAllocator alloc() {
    return connection.channel().alloc();
  }
}
