package io.pgloop;

import io.pgloop.codegen.GenWrapper;
import io.pgloop.impl.connection.Connector;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import java.util.Map;

/**
 * A connection to a PostgreSQL server, bound to one Vert.x event-loop context.
 *
 * <p>Any thread may call any method. Commands queue on the connection and up to {@link
 * PgConnectOptions#getPipeliningLimit()} of them are on the wire at once; every command ends with
 * its own Sync, so a failing command fails alone. The futures it returns complete on the
 * connection's context, in the order the commands were issued.
 *
 * <p>When the server or the network closes the connection, every queued and in-flight command fails
 * with a {@link PgConnectionException} and the {@link #closeHandler close handler} runs.
 */
@GenWrapper
public interface PgConnection {

  /**
   * Connects to the server that {@code options} describe: each host in turn (or shuffled, with
   * {@code load_balance_hosts=random}), until one accepts and matches {@code target_session_attrs}.
   *
   * @return a future that completes with the connection, on the caller's context when the caller
   *     runs on one (else on a new event-loop context); it fails with a {@link PgException} that
   *     the server sent (for example 28P01 for a wrong password) or a {@link PgConnectionException}
   *     that lists each host tried and why it failed
   */
  static Future<PgConnection> connect(Vertx vertx, PgConnectOptions options) {
    return Connector.connect(vertx, options);
  }

  /**
   * Connects with options parsed from a libpq connection URI or {@code key=value} string.
   *
   * @throws IllegalArgumentException when the string cannot be parsed; the message names the
   *     offending key and value
   */
  static Future<PgConnection> connect(Vertx vertx, String connectionString) {
    return connect(vertx, PgConnectOptions.parse(connectionString));
  }

  /**
   * A query in the simple protocol: the SQL text may hold several statements, their results come
   * back in text format, one {@link RowSet} per statement linked through {@link RowSet#next()}.
   * Takes no parameters.
   */
  Query<RowSet<Row>> query(String sql);

  /**
   * A query in the extended protocol: one statement with {@code $1, $2, ...} placeholders bound on
   * the server; parameters and results travel in binary where their type has a binary codec.
   */
  PreparedQuery<RowSet<Row>> preparedQuery(String sql);

  /**
   * Begins a transaction with the server's defaults: {@code BEGIN}. See {@link
   * #begin(TransactionOptions)}.
   */
  default Future<Transaction> begin() {
    return begin(new TransactionOptions());
  }

  /**
   * Begins a transaction: {@code BEGIN [ISOLATION LEVEL ...] [READ ONLY] [DEFERRABLE]}. Every
   * statement issued on this connection until the transaction's {@link Transaction#commit()} or
   * {@link Transaction#rollback()} runs in it; outside a transaction, each statement commits on its
   * own (autocommit). Nest transactions with {@link Transaction#begin()} (savepoints).
   *
   * <p>Once a statement in the transaction fails, later ones fail at once without being sent, with
   * a {@link PgInFailedSqlTransactionException} (SQLSTATE 25P02, "current transaction is aborted;
   * roll back to continue"), until the transaction, or the nested one it failed in, is rolled back.
   * This holds for a transaction opened with a {@code BEGIN} query too.
   *
   * @return a future completed with the transaction once the server has begun it; failed with an
   *     {@link IllegalStateException} when a transaction begun here is still open (nest instead),
   *     or with the server's error
   */
  Future<Transaction> begin(TransactionOptions options);

  /**
   * Declares a named server-side cursor over {@code sql}, without parameters. See {@link
   * #declareCursor(String, String, Tuple, CursorOptions)}.
   */
  default Future<NamedCursor> declareCursor(String name, String sql, CursorOptions options) {
    return declareCursor(name, sql, Tuple.tuple(), options);
  }

  /**
   * Declares a named server-side cursor: {@code DECLARE "name" [NO] SCROLL CURSOR {WITH | WITHOUT}
   * HOLD FOR sql}, with {@code parameters} bound to {@code $1, $2, ...} of {@code sql}. The name is
   * quoted as an identifier, so any text is safe and kept as is (case included).
   *
   * @return a future completed with the cursor once declared; failed with an {@link
   *     IllegalArgumentException} when the name is empty, holds a NUL character or is longer than
   *     PostgreSQL's 63 bytes; with a {@link PgInvalidTransactionStateException} (SQLSTATE 25P01)
   *     when the cursor is without hold and no transaction is open (nothing is sent); with the
   *     server's error otherwise (a cursor of that name exists already: 42P03)
   */
  Future<NamedCursor> declareCursor(
      String name, String sql, Tuple parameters, CursorOptions options);

  /**
   * Asks the server to cancel what this connection's backend is executing: a CancelRequest carrying
   * the backend's process ID and secret key (of any length, as protocol 3.2 allows), on a new
   * socket to the same server the same way (address or Unix socket; TLS when this connection uses
   * TLS, after an SSLRequest or directly as {@code sslnegotiation} says).
   *
   * <p>A cancelled statement fails with a {@link PgQueryCanceledException} (SQLSTATE 57014); the
   * connection stays usable and in order. As with libpq's {@code PQcancel}, success means the
   * request was delivered, not that it had an effect: the server cancels whatever the backend runs
   * when the request arrives. If that is nothing (the statement already finished and nothing else
   * runs, or the backend has not yet begun the statement: a request sent right after the statement
   * can overtake it on a busy server), the request is ignored and does not touch later statements;
   * send it again if the statement still runs. If the statement finished and the next one,
   * pipelined or sent right after, has begun, that next one is cancelled instead; with several
   * statements in flight, it is the one executing that is cancelled. In a transaction, a cancelled
   * statement fails the transaction like any error.
   *
   * @return a future completed once the server has taken the request and closed the cancel socket;
   *     failed with a {@link PgConnectionException} naming the host when it cannot be delivered
   *     (bounded by {@code connect_timeout} when set), or when this connection is closed
   */
  Future<Void> cancelRequest();

  /**
   * Prepares a statement explicitly: Parse, Describe and Sync, one round trip. Unlike the automatic
   * preparation of {@link #preparedQuery}, the statement stays until closed, gives cursors and
   * streams, and binds parameters to the types the server resolved.
   *
   * @return a future completed with the statement, or failed with the server's {@link PgException}
   *     (a syntax error, an unknown table)
   */
  Future<PreparedStatement> prepare(String sql);

  /**
   * Runs {@code block} in an explicit pipeline: the statements it queues on the {@link Pipeline}
   * are sent without waiting for one another and without a Sync between them, each with its own
   * future, with syncs where the block asks ({@link Pipeline#sync()}) and a final one when the
   * block's future completes. See {@link Pipeline} for the semantics of segments, errors and
   * transactions. The pipeline holds the connection: commands issued meanwhile outside it run after
   * its final sync.
   *
   * @param block called once, on the connection's context, with the pipeline
   * @return a future completed with the block's result, or failed with its failure, once the final
   *     sync is answered; failed at once with a {@link PgConnectionException} when the connection
   *     breaks (every pending statement fails with it too)
   */
  <T> Future<T> pipeline(java.util.function.Function<Pipeline, Future<T>> block);

  /**
   * Starts a {@code COPY ... FROM STDIN}: sends the statement and completes once the server is
   * ready for data (its CopyInResponse). The COPY then holds the connection until it ends: commands
   * issued meanwhile wait. See {@link CopyIn}.
   *
   * @param sql a {@code COPY table [(columns)] FROM STDIN [(options)]} statement
   * @return a future completed with the stream to write the data to; failed with the server's
   *     {@link PgException} (a syntax error, an unknown table), or with an {@link
   *     IllegalStateException} when the statement is not a {@code COPY FROM STDIN} (a {@code COPY
   *     TO STDOUT} has then run, its data discarded; any other statement has run); the connection
   *     stays usable
   */
  Future<CopyIn> copyIn(String sql);

  /**
   * Starts a {@code COPY ... TO STDOUT}: sends the statement and completes once the server starts
   * sending data (its CopyOutResponse). The COPY then holds the connection until its data is read:
   * commands issued meanwhile wait. See {@link CopyOut}.
   *
   * @param sql a {@code COPY table|(query) TO STDOUT [(options)]} statement
   * @return a future completed with the stream of the data; failed with the server's {@link
   *     PgException}, or with an {@link IllegalStateException} when the statement is not a {@code
   *     COPY TO STDOUT} (a {@code COPY FROM STDIN} is then refused with CopyFail, copying nothing;
   *     any other statement has run); the connection stays usable
   */
  Future<CopyOut> copyOut(String sql);

  /**
   * Registers a type by name on this connection, its OIDs looked up on the server ({@code SELECT
   * ... FROM pg_type WHERE oid = $1::regtype}): an enum (values as their label Strings), a
   * composite type (values as a {@link Tuple} of its attributes), a domain (as its base type), a
   * range type (as a {@link io.pgloop.data.Range} of its subtype; then its multirange), or an
   * extension's type that a codec provider knows ({@code hstore} as a {@code Map<String, String>},
   * {@code citext} as a String). Its array type is registered with it. Queries issued after the
   * returned future completes use it; results then travel in binary where they can.
   *
   * @param typeName the type's name as SQL writes it, optionally schema-qualified
   * @return a future that fails with the server's error for an unknown type, or an {@link
   *     IllegalArgumentException} when no codec can be made for it
   */
  Future<Void> registerType(String typeName);

  /**
   * Registers an enum type whose values decode to the constants of a Java enum of the same names;
   * constants of that class then bind as this type. See {@link #registerType}.
   *
   * @return a future that fails when the type is not an enum
   */
  <E extends Enum<E>> Future<Void> registerEnum(String typeName, Class<E> enumClass);

  /**
   * Registers a composite type whose values decode to instances of a record class, built from the
   * attributes in order through its canonical constructor; instances of that class then bind as
   * this type. See {@link #registerType}.
   *
   * @return a future that fails when the type is not composite or the record's components do not
   *     match its attributes in number
   */
  <R extends Record> Future<Void> registerComposite(String typeName, Class<R> recordClass);

  /**
   * Registers a codec of known OIDs on this connection; it replaces any codec of its OID, and with
   * its array type, the array codec. See {@link #registerType} to look the OIDs up by name.
   */
  Future<Void> registerCodec(io.pgloop.spi.PgCodec<?> codec);

  /**
   * Sets the handler of server notices (NoticeResponse). Without one, notices are logged at INFO
   * through {@link System.Logger}.
   */
  PgConnection noticeHandler(Handler<PgNotice> handler);

  /** Sets the handler of notifications (NotificationResponse) from LISTEN. */
  PgConnection notificationHandler(Handler<PgNotification> handler);

  /** Sets a handler called once when the connection is closed, for whatever reason. */
  PgConnection closeHandler(Handler<Void> handler);

  /**
   * Sets a handler for failures that concern the connection and no command: a broken socket, a
   * protocol error, a fatal error from the server.
   */
  PgConnection exceptionHandler(Handler<Throwable> handler);

  /** The process ID of the server backend, as in {@code pg_backend_pid()}. */
  int processId();

  /**
   * The value of a server parameter the server reported (ParameterStatus), such as {@code
   * server_version}, {@code TimeZone}, {@code client_encoding}, {@code in_hot_standby}; null if it
   * did not report one by that name.
   */
  String parameterStatus(String name);

  /** Every server parameter reported so far, by name; a snapshot. */
  Map<String, String> parameterStatuses();

  /** The server's major version times 10000 plus its minor, as {@code server_version_num}. */
  int serverVersionNumber();

  /** Whether the connection is encrypted with TLS. */
  boolean isSsl();

  /** The minor version of protocol 3 in use: 0, or 2 with PostgreSQL 18 when asked for. */
  int protocolMinorVersion();

  /** Whether the connection is closed or closing. */
  boolean isClosed();

  /**
   * Closes the connection: commands already issued run to their end, then Terminate is sent.
   * Commands issued after this call fail at once. Open cursors and row streams, which would run
   * only as far as their reader asks, end at once instead: their portal is closed, and they fail
   * with a {@link PgConnectionException} (a stream after the rows it had already received).
   *
   * @return a future completed when the socket is closed
   */
  Future<Void> close();
}
