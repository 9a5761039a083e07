package io.pgloop.impl.connection;

import io.netty.buffer.ByteBuf;
import io.pgloop.ColumnDescriptor;
import io.pgloop.PgException;
import io.pgloop.PgProtocolException;
import io.pgloop.SqlResult;
import io.pgloop.Tuple;
import io.pgloop.impl.codec.CodecRegistry;
import io.pgloop.impl.copy.CopySql;
import io.pgloop.impl.protocol.backend.BackendMessage;
import io.pgloop.impl.protocol.backend.BindComplete;
import io.pgloop.impl.protocol.backend.CloseComplete;
import io.pgloop.impl.protocol.backend.CommandComplete;
import io.pgloop.impl.protocol.backend.CopyData;
import io.pgloop.impl.protocol.backend.CopyDone;
import io.pgloop.impl.protocol.backend.CopyResponse;
import io.pgloop.impl.protocol.backend.DataRow;
import io.pgloop.impl.protocol.backend.EmptyQueryResponse;
import io.pgloop.impl.protocol.backend.ErrorResponse;
import io.pgloop.impl.protocol.backend.NoData;
import io.pgloop.impl.protocol.backend.ParameterDescription;
import io.pgloop.impl.protocol.backend.ParseComplete;
import io.pgloop.impl.protocol.backend.ReadyForQuery;
import io.pgloop.impl.protocol.backend.RowDescription;
import io.pgloop.impl.protocol.backend.TransactionStatus;
import io.pgloop.impl.protocol.frontend.FrontendMessages;
import io.pgloop.impl.result.ResultBuilder;
import io.vertx.core.Promise;
import java.util.List;
import java.util.function.Supplier;

/**
 * A statement in the extended protocol, run once or once per tuple of a batch, all in one write.
 * Unprepared, through the unnamed statement:
 *
 * <pre>
 * → Parse (Bind Describe(portal) Execute)+ Sync
 * ← ParseComplete (BindComplete (RowDescription | NoData) DataRow* CommandComplete)+ ReadyForQuery
 * </pre>
 *
 * Prepared under a name (see {@link StatementCache}), the first run parses and describes it in the
 * same write, and later runs only bind and execute, reusing the description:
 *
 * <pre>
 * → [Close('S')]* [Parse(name) Describe('S')] (Bind(name) Execute)+ Sync
 * ← [CloseComplete]* [ParseComplete ParameterDescription (RowDescription | NoData)]
 *   (BindComplete DataRow* CommandComplete)+ ReadyForQuery
 * </pre>
 *
 * Parsing travels with the execution, so a statement never costs an extra round trip and never
 * holds up the commands behind it. On an error the server skips to the Sync: the batch is one
 * implicit transaction, and the command fails with the first error.
 *
 * <p>A run of an automatically prepared statement that fails with 0A000 (cached plan must not
 * change result type) or 26000 (prepared statement does not exist) drops the statement; when the
 * server is then outside a transaction block the command is written again, once, and prepares the
 * statement anew. It then runs after the commands already on the wire, so its future completes
 * after theirs. Inside a transaction block the error surfaces.
 *
 * <p>With {@code rewrite_batched_inserts}, a batch of a described one-row INSERT goes in its
 * set-based form instead ({@link BatchInsert}): the same messages for a few executions of another
 * statement, whose results add up to one ({@link SummedResults}).
 *
 * <p>In an explicit pipeline ({@link #pipelined()}, driven by {@link PipelineCommand}) the same
 * messages go without their Sync, and the command is done at its last CommandComplete or at its
 * ErrorResponse; the ReadyForQuery belongs to the pipeline's sync.
 */
final class ExtendedQueryCommand<T extends SqlResult<?>> extends Command<T> {

  private static final String UNNAMED = "";
  private static final String CACHED_PLAN_ROUTINE = "RevalidateCachedQuery";

  private final String sql;
  private final List<Tuple> executions;
  private final Supplier<ResultBuilder<T>> newResults;
  private final NamedStatement explicit;
  private boolean retried;
  private boolean pipelined;

  // The state of one attempt, reset by encode.
  // What goes on the wire: sql and executions, or their set-based form (BatchInsert).
  private String runSql;
  private List<Tuple> runs;
  private boolean rewritten;
  private ResultBuilder<T> results;
  private NamedStatement statement;
  private short[] resultFormats;
  private boolean parsing;
  private boolean parseFailed;
  private PgException error;
  private List<String> closes;
  private int completed;
  // Where the replies are, to tell a Bind's error (see BindErrors) from the statement's own.
  private boolean awaitingParse;
  private int bindsAnswered;
  private int executionsDone;

  /**
   * A run of {@code sql}, prepared or not as the connection's statement cache decides.
   *
   * @param newResults a fresh builder per attempt, since a retried run starts over
   */
  ExtendedQueryCommand(
      Promise<T> promise,
      String sql,
      List<Tuple> executions,
      Supplier<ResultBuilder<T>> newResults) {
    this(promise, sql, executions, newResults, null);
  }

  /** A run of a statement prepared explicitly (described, with server-resolved types). */
  ExtendedQueryCommand(
      Promise<T> promise,
      String sql,
      List<Tuple> executions,
      Supplier<ResultBuilder<T>> newResults,
      NamedStatement explicit) {
    super(promise);
    this.sql = sql;
    this.executions = executions;
    this.newResults = newResults;
    this.explicit = explicit;
  }

  @Override
  void encode(ByteBuf out, PgConnectionImpl connection) {
    results = newResults.get();
    runSql = sql;
    runs = executions;
    rewritten = false;
    error = null;
    parsing = false;
    parseFailed = false;
    completed = 0;
    awaitingParse = false;
    bindsAnswered = 0;
    executionsDone = 0;
    CodecRegistry codecs = connection.codecs();
    int[] types;
    if (explicit != null) {
      if (!explicit.isValid()) {
        throw new IllegalStateException("prepared statement " + explicit.name + " is closed");
      }
      types = explicit.parameterTypes();
      checkArity(types.length);
      statement = explicit;
    } else {
      types = DeclaredTypes.infer(executions, codecs);
      statement = connection.statements().forExecution(sql, types, executions.size());
      if (retried && statement != null && !statement.needsParse() && !statement.isDescribed()) {
        // A retry must not fail the same way twice: rather than bind to a statement whose Parse
        // is still unanswered (and may fail), it runs unnamed and reports the statement's own
        // error.
        statement = null;
      }
    }
    StatementCache cache = connection.statements();
    if (executions.size() > 1 && statement != null && connection.rewriteBatchedInserts()) {
      types = rewriteBatch(connection, types);
    }
    closes = cache.takeCloses();
    try {
      for (String name : closes) {
        FrontendMessages.close(out, 'S', name);
      }
      if (statement == null) {
        encodeUnnamed(out, connection, types);
      } else {
        encodeNamed(out, connection, types);
      }
    } catch (RuntimeException e) {
      // The connection rolls the buffer back: nothing of this command reaches the server.
      cache.restoreCloses(closes);
      if (parsing) {
        cache.drop(statement, false);
      }
      throw e;
    }
  }

  /**
   * Switches this attempt to the set-based form of the batch when the statement has one ({@link
   * BatchInsert}); it needs the parameter types the server declared, so a batch whose statement is
   * not described yet runs as it is (and describes it).
   *
   * @return the parameter types to declare
   */
  private int[] rewriteBatch(PgConnectionImpl connection, int[] types) {
    if (!statement.isDescribed()) {
      return types;
    }
    BatchInsert batch =
        BatchInsert.of(
            statement, executions, connection.codecs(), connection.standardConformingStrings());
    if (batch == null) {
      return types;
    }
    rewritten = true;
    runSql = batch.sql();
    runs = batch.chunks();
    results = new SummedResults<>(results, runs.size());
    statement = connection.statements().forExecution(runSql, batch.types(), runs.size());
    return batch.types();
  }

  private void checkArity(int expected) {
    for (int i = 0, n = executions.size(); i < n; i++) {
      Tuple tuple = executions.get(i);
      if (tuple.size() != expected) {
        throw new IllegalArgumentException(
            "the statement takes " + expected + " parameters, the tuple has " + tuple.size());
      }
    }
  }

  private void encodeUnnamed(ByteBuf out, PgConnectionImpl connection, int[] types) {
    CodecRegistry codecs = connection.codecs();
    short[] formats = {connection.resultFormats().formatFor(runSql)};
    FrontendMessages.parse(out, UNNAMED, runSql, types);
    awaitingParse = true;
    ParameterBinder binder = new ParameterBinder(types, codecs);
    // Indexed: an iterator per command is garbage on the hot path.
    for (int i = 0, n = runs.size(); i < n; i++) {
      Tuple parameters = runs.get(i);
      binder.bind(parameters);
      FrontendMessages.bind(
          out, UNNAMED, UNNAMED, binder.formats(), parameters.size(), binder, formats);
      FrontendMessages.describe(out, 'P', UNNAMED);
      FrontendMessages.execute(out, UNNAMED, 0);
    }
    endMessages(out);
  }

  private void encodeNamed(ByteBuf out, PgConnectionImpl connection, int[] types) {
    CodecRegistry codecs = connection.codecs();
    if (statement.needsParse()) {
      FrontendMessages.parse(out, statement.name, runSql, types);
      FrontendMessages.describe(out, 'S', statement.name);
      statement.markParseSent();
      parsing = true;
      awaitingParse = true;
    }
    // Until the description is back, ask for one format for every column, as unprepared runs do.
    resultFormats =
        statement.isDescribed()
            ? statement.resultFormats()
            : new short[] {connection.resultFormats().formatFor(runSql)};
    ParameterBinder binder = new ParameterBinder(types, codecs);
    for (int i = 0, n = runs.size(); i < n; i++) {
      Tuple parameters = runs.get(i);
      binder.bind(parameters);
      FrontendMessages.bind(
          out, UNNAMED, statement.name, binder.formats(), parameters.size(), binder, resultFormats);
      FrontendMessages.execute(out, UNNAMED, 0);
    }
    endMessages(out);
  }

  /** Ends the messages with a Sync, except in a pipeline, where the pipeline places the Syncs. */
  private void endMessages(ByteBuf out) {
    if (!pipelined) {
      FrontendMessages.sync(out);
    }
  }

  /**
   * Makes this a statement of an explicit pipeline: written without a Sync, and done at its last
   * CommandComplete or at its error, without waiting for a ReadyForQuery (which belongs to the
   * pipeline's next sync). A stale statement then fails instead of being retried. Call before
   * {@link #encode}.
   */
  void pipelined() {
    pipelined = true;
  }

  /**
   * Fails this pipelined statement, written but skipped by the server after an earlier error: what
   * it sent was not processed, so a Parse it carried prepared nothing and the Close messages it
   * carried must be sent again.
   */
  void skipped(PgConnectionImpl connection, PgException cause) {
    StatementCache cache = connection.statements();
    if (closes != null && !closes.isEmpty()) {
      cache.restoreCloses(closes);
    }
    if (parsing && statement != explicit) {
      statement.parseFailedWith(cause);
      cache.drop(statement, false);
    }
    promise.tryFail(cause);
  }

  @Override
  boolean handle(BackendMessage message, PgConnectionImpl connection) {
    if (message instanceof DataRow row) {
      results.addRow(row);
    } else if (message instanceof CommandComplete complete) {
      results.complete(complete.tag(), complete.rows());
      executionsDone++;
      return pipelined && ++completed == runs.size() && finish(connection);
    } else if (message instanceof BindComplete) {
      bindsAnswered++;
      beginNamed();
    } else if (message instanceof RowDescription description) {
      connection.resultFormats().learn(runSql, description.columns(), connection.codecs());
      if (statement == null) {
        results.begin(description.columns());
      } else {
        statement.describe(description.columns(), connection.codecs());
      }
    } else if (message instanceof NoData) {
      connection.resultFormats().learnNoData(runSql);
      if (statement != null) {
        statement.describe(null, connection.codecs());
      }
    } else if (message instanceof ParameterDescription parameters) {
      if (statement != null) {
        statement.parameterTypes(parameters.typeOids());
      }
    } else if (message instanceof ParseComplete) {
      parsing = false;
      awaitingParse = false;
    } else if (message instanceof CloseComplete) {
      return false;
    } else if (message instanceof EmptyQueryResponse) {
      results.complete("", 0);
      executionsDone++;
      return pipelined && ++completed == runs.size() && finish(connection);
    } else if (message instanceof ErrorResponse response) {
      error = BindErrors.exception(response.fields(), currentExecution(), binding());
      // An error while our Parse was unanswered is the Parse's own.
      parseFailed |= parsing;
      return pipelined && finish(connection);
    } else if (message instanceof ReadyForQuery) {
      return finish(connection);
    } else if (message instanceof CopyResponse copy) {
      refuseCopy(copy, connection);
    } else if (message instanceof CopyData || message instanceof CopyDone) {
      return false;
    } else {
      throw new PgProtocolException(
          "unexpected " + message.getClass().getSimpleName() + " in reply to an extended query");
    }
    return false;
  }

  /**
   * A COPY TO STDOUT runs with its data discarded. A COPY FROM STDIN is refused with CopyFail and a
   * Sync: the server ignored the Sync that followed Execute while it waited for data, and after the
   * CopyFail it skips to the next Sync.
   */
  private static void refuseCopy(CopyResponse copy, PgConnectionImpl connection) {
    if (copy.kind() != CopyResponse.Kind.OUT) {
      connection.writeNow(
          out -> {
            FrontendMessages.copyFail(
                out, "COPY FROM STDIN is not supported by preparedQuery(); use copyIn()");
            FrontendMessages.sync(out);
          });
    }
  }

  /** Nothing may follow a COPY FROM STDIN on the wire: the server would take it as COPY data. */
  @Override
  boolean holdsConnection() {
    return CopySql.mayCopyFromStdin(sql);
  }

  @Override
  boolean mayEndFailedTransaction() {
    return FailedTransaction.mayEnd(sql);
  }

  /** The parameters of the execution the server is at, or null once past the last. */
  private Tuple currentExecution() {
    // A chunk of a rewritten batch holds many tuples: no one of them is to blame.
    return !rewritten && !awaitingParse && executionsDone < executions.size()
        ? executions.get(executionsDone)
        : null;
  }

  /** Whether the server has parsed and is binding an execution it has not answered yet. */
  private boolean binding() {
    return !awaitingParse && bindsAnswered == executionsDone;
  }

  /** For a named statement, the rows of each execution follow its BindComplete directly. */
  private void beginNamed() {
    if (statement == null) {
      return;
    }
    ColumnDescriptor[] columns = statement.columns();
    if (columns == null) {
      // Only a statement someone else prepared under our name could bind undescribed.
      throw new PgProtocolException(
          "statement " + statement.name + " bound before its description arrived");
    }
    if (columns.length == 0) {
      return;
    }
    if (resultFormats == statement.resultFormats()) {
      // The usual run of a described statement: its RowDesc is made once, not per run.
      results.begin(statement.rowDesc(results.registry()));
    } else {
      results.begin(statement.columnsIn(resultFormats));
    }
  }

  private boolean finish(PgConnectionImpl connection) {
    if (error == null) {
      promise.tryComplete(results.result());
      return true;
    }
    if (statement != null && parseFailed) {
      statement.parseFailedWith(error);
    } else if (statement != null
        && "26000".equals(error.sqlState())
        && statement.parseError() != null) {
      // Bound behind a Parse that failed: that failure (say, 25P02 in an aborted transaction) is
      // the reason, not the missing statement it left.
      error = statement.parseError();
    }
    if (statement != null && statement != explicit) {
      StatementCache cache = connection.statements();
      boolean stale = isStale(error);
      if (parseFailed || stale) {
        // After 0A000 the server still holds the old statement: close it.
        cache.drop(statement, !parseFailed && "0A000".equals(error.sqlState()));
      }
      if (stale
          && !retried
          && !pipelined
          && connection.transactionStatus() == TransactionStatus.IDLE
          && connection.resubmit(this)) {
        retried = true;
        return true;
      }
    }
    promise.tryFail(error);
    return true;
  }

  /** Whether the error means the named statement is gone or outdated on the server. */
  private static boolean isStale(PgException error) {
    String state = error.sqlState();
    return "26000".equals(state)
        || ("0A000".equals(state)
            && (CACHED_PLAN_ROUTINE.equals(error.routine())
                || String.valueOf(error.getMessage())
                    .contains("cached plan must not change result type")));
  }
}
