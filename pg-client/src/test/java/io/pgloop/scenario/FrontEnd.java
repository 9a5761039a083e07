package io.pgloop.scenario;

import io.pgloop.PgConnectOptions;
import io.pgloop.PgNotification;
import io.pgloop.PgPoolOptions;
import io.pgloop.Row;
import io.pgloop.RowSet;
import io.pgloop.Tuple;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the shared scenarios ask of a front end (the core's Futures, the Mutiny API, the RxJava 3
 * API). Each front end implements it in its own idiom, through its own public API, so that a
 * scenario run through it exercises that API: its generated classes, their type mapping, its
 * streams and its callbacks.
 *
 * <p>Every method blocks the calling (test) thread until the operation is done, for at most {@link
 * #TIMEOUT}, and throws the operation's failure as the front end reports it: a {@link
 * io.pgloop.PgException} stays itself. Results are the core's data types ({@link RowSet}, {@link
 * Row}, {@link PgNotification}), which the front ends share.
 *
 * <p>A new capability of the core becomes one more method here and in each implementation, as COPY
 * did: {@link Connection#copyIn}, {@link Connection#copyInAborted}, {@link Connection#copyOut}.
 */
public interface FrontEnd {

  /** How long a front end waits for an operation before it fails the test. */
  Duration TIMEOUT = Duration.ofSeconds(30);

  /** The front end's name, for test reports. */
  String name();

  /** Opens a connection, the way a user of this front end would. */
  Connection connect(Vertx vertx, PgConnectOptions options);

  /** Creates a pool, the way a user of this front end would. */
  Pool pool(Vertx vertx, PgConnectOptions options, PgPoolOptions poolOptions);

  /** Creates a {@code PgSubscriber}, not yet connected, the way a user of this front end would. */
  Subscriber subscriber(Vertx vertx, PgConnectOptions options);

  /** One statement of a script run in a borrowed connection: {@code preparedQuery(sql)}. */
  record Step(String sql, Tuple parameters) {

    /** A step of the statement with these parameters ({@code $1} first). */
    public static Step of(String sql, Object... parameters) {
      return new Step(sql, Tuple.of(parameters));
    }
  }

  /** What a {@code COPY ... TO STDOUT} delivered: its buffers, in order, and its row count. */
  record CopiedOut(List<Buffer> buffers, long rowCount) {

    /** The buffers joined, read as UTF-8 text. */
    public String text() {
      Buffer all = Buffer.buffer();
      buffers.forEach(all::appendBuffer);
      return all.toString();
    }
  }

  /** An open connection. */
  interface Connection {

    /** The server process's id, as in the notifications that this connection sends. */
    int processId();

    /** {@code query(sql).execute()}: the simple protocol, one result per statement. */
    RowSet<Row> query(String sql);

    /** {@code preparedQuery(sql).execute(parameters)}. */
    RowSet<Row> preparedQuery(String sql, Tuple parameters);

    /** {@code preparedQuery(sql).executeBatch(batch)}: one result per tuple, chained by next(). */
    RowSet<Row> executeBatch(String sql, List<Tuple> batch);

    /** {@code begin()}. */
    Transaction begin();

    /**
     * The rows of {@code prepare(sql).createStream(fetchSize, parameters)}, as the front end
     * streams them, subscribed with no demand: nothing arrives before {@link RowFeed#request}.
     */
    RowFeed stream(String sql, Tuple parameters, int fetchSize);

    /**
     * {@code copyIn(sql)}, then {@code types(types)} unless {@code types} is null, then each row
     * through {@code writeRow}, one after the other in the front end's idiom, then {@code end()}.
     *
     * @return the COPY's {@code rowCount()}; throws what {@code end()} fails with
     */
    long copyIn(String sql, List<String> types, List<Tuple> rows);

    /** {@code copyIn(sql)}, each row through {@code writeRow}, then {@code abort(reason)}. */
    void copyInAborted(String sql, List<Tuple> rows, String reason);

    /**
     * {@code copyOut(sql)}, its buffers read through the front end's stream ({@code ReadStream},
     * {@code Multi}, {@code Flowable}) to the end, then its {@code rowCount()}.
     */
    CopiedOut copyOut(String sql);

    /** Sets the connection's notification handler. */
    void onNotification(Consumer<PgNotification> handler);

    /** Closes the connection; a started stream must have ended or been cancelled first. */
    void close();
  }

  /** An open transaction, or a nested one (a savepoint). */
  interface Transaction {

    /** {@code commit()}; throws what the commit's future fails with. */
    void commit();

    /** {@code rollback()}. */
    void rollback();

    /** {@code begin()} on the transaction: a nested transaction, backed by a savepoint. */
    Transaction savepoint();

    /**
     * Waits for the transaction's {@code completion()}.
     *
     * @return its failure, or null when it completed normally
     */
    Throwable completion();
  }

  /** A {@code PgSubscriber}. */
  interface Subscriber {

    /** {@code connect()}. */
    void connect();

    /**
     * {@code channel(name)}, read through the front end's stream with unbounded demand into a feed;
     * returns once the server has confirmed LISTEN (the channel's subscribe handler ran).
     */
    NotificationFeed listen(String channel);

    /** {@code close()}; closing twice is harmless. */
    void close();
  }

  /** A pool. */
  interface Pool {

    /**
     * {@code withConnection}: runs the steps one after the other in one borrowed connection.
     *
     * @return the last step's rows
     */
    RowSet<Row> withConnection(List<Step> steps);

    /**
     * {@code withTransaction}: runs the steps one after the other in one transaction, which commits
     * when they all succeed and rolls back when one fails.
     *
     * @return the last step's rows
     */
    RowSet<Row> withTransaction(List<Step> steps);

    /** {@code pool.preparedQuery(sql).execute(parameters)}. */
    RowSet<Row> preparedQuery(String sql, Tuple parameters);

    /**
     * Starts {@code pool.preparedQuery(sql).execute(t)} for every tuple at once, then waits for
     * them all.
     *
     * @return the results, in the order of the tuples
     */
    List<RowSet<Row>> preparedQueryConcurrently(String sql, List<Tuple> tuples);

    /** Closes the pool and its connections. */
    void close();
  }

  /** A subscription to a stream of rows, driven by the test: demand, cancel, wait. */
  interface RowFeed {

    /** Asks for {@code n} more rows. */
    void request(long n);

    /** Cancels the subscription: the front end's way to stop a stream midway. */
    void cancel();

    /** Waits until at least {@code count} rows have arrived, and returns every row so far. */
    List<Row> awaitRows(int count);

    /** The rows that have arrived so far. */
    List<Row> rows();

    /** Waits for the stream to end normally; throws its failure otherwise. */
    void awaitCompletion();

    /** Waits for the stream to fail, and returns the failure. */
    Throwable awaitFailure();
  }
}
