package io.pgloop.examples;

import io.pgloop.PgConnectOptions;
import io.pgloop.PgConnection;
import io.pgloop.PgException;
import io.pgloop.Row;
import io.pgloop.RowSet;
import io.pgloop.Tuple;
import io.pgloop.embedded.EmbeddedPostgres;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;

/**
 * A tour of pgloop: connect, run simple and prepared queries, pipeline many at once, see an error,
 * run an explicit pipeline whose failing statement aborts the rest of its segment, and COPY rows in
 * and out.
 *
 * <p>Runs against the server that {@code PGLOOP_URI} names (a libpq URI), else against a throwaway
 * PostgreSQL started for the tour.
 */
public final class Tour {

  private Tour() {}

  public static void main(String[] args) throws Exception {
    String uri = System.getenv("PGLOOP_URI");
    EmbeddedPostgres embedded = null;
    if (uri == null) {
      System.out.println("PGLOOP_URI is not set: starting an embedded PostgreSQL...");
      embedded = EmbeddedPostgres.builder().start();
      uri = embedded.uri();
    }
    Vertx vertx = Vertx.vertx();
    try {
      run(vertx, PgConnectOptions.parse(uri)).toCompletionStage().toCompletableFuture().get();
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get();
      if (embedded != null) {
        embedded.close();
      }
    }
  }

  private static Future<Void> run(Vertx vertx, PgConnectOptions options) {
    return PgConnection.connect(vertx, options)
        .compose(
            conn -> {
              System.out.println(
                  "Connected to PostgreSQL " + conn.parameterStatus("server_version"));
              return conn.query(
                      "CREATE TEMP TABLE fruit(id int PRIMARY KEY, name text, price numeric(6,2));"
                          + "INSERT INTO fruit VALUES (1, 'apple', 0.50), (2, 'pear', 0.75)")
                  .execute()
                  .compose(created -> insertMany(conn))
                  .compose(
                      inserted ->
                          conn.preparedQuery(
                                  "SELECT id, name, price FROM fruit WHERE price < $1 ORDER BY id")
                              .execute(Tuple.of(new java.math.BigDecimal("1.00"))))
                  .compose(
                      rows -> {
                        for (Row row : rows) {
                          System.out.printf(
                              "  %d %-8s %s%n",
                              row.getInteger("id"),
                              row.getString("name"),
                              row.getBigDecimal("price"));
                        }
                        return pipelined(conn);
                      })
                  .compose(v -> duplicateKey(conn))
                  .compose(v -> explicitPipeline(conn))
                  .compose(v -> copyInAndOut(conn))
                  .eventually(conn::close);
            });
  }

  private static Future<?> insertMany(PgConnection conn) {
    List<Tuple> batch = new ArrayList<>();
    for (int i = 3; i <= 10; i++) {
      batch.add(Tuple.of(i, "fruit " + i, new java.math.BigDecimal(i).movePointLeft(1)));
    }
    return conn.preparedQuery("INSERT INTO fruit VALUES ($1, $2, $3)")
        .executeBatch(batch)
        .onSuccess(
            r ->
                System.out.println(
                    "Inserted a batch of " + batch.size() + " rows in one round trip"));
  }

  private static Future<Void> pipelined(PgConnection conn) {
    List<Future<Integer>> futures = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < 1000; i++) {
      futures.add(
          conn.preparedQuery("SELECT $1::int4 + 1")
              .execute(Tuple.of(i))
              .map(rows -> rows.iterator().next().getInteger(0)));
    }
    return Future.all(futures)
        .map(
            all -> {
              System.out.printf(
                  "1000 pipelined queries on one connection in %d ms%n",
                  (System.nanoTime() - start) / 1_000_000);
              return null;
            });
  }

  private static Future<Void> duplicateKey(PgConnection conn) {
    return conn.preparedQuery("INSERT INTO fruit VALUES ($1, 'again', 1)")
        .execute(Tuple.of(1))
        .<Void>mapEmpty()
        .recover(
            e -> {
              if (e instanceof PgException pg) {
                System.out.println(
                    "An error, as psql would print it (SQLSTATE " + pg.sqlState() + "):");
                System.out.println(pg.getMessage());
              }
              return Future.succeededFuture();
            });
  }

  /**
   * One segment of three statements: the second fails, so the third is never run, and the first,
   * which succeeded, is rolled back with the segment's implicit transaction.
   */
  private static Future<Void> explicitPipeline(PgConnection conn) {
    List<String> sql =
        List.of(
            "UPDATE fruit SET price = price * 2 WHERE id = 1", "SELECT 1 / 0", "SELECT 'skipped'");
    List<Future<RowSet<Row>>> statements = new ArrayList<>();
    return conn.pipeline(
            p -> {
              for (String statement : sql) {
                statements.add(p.query(statement).execute());
              }
              return Future.join(statements).<Void>mapEmpty().otherwiseEmpty();
            })
        .compose(v -> conn.query("SELECT price FROM fruit WHERE id = 1").execute())
        .map(
            rows -> {
              System.out.println("An explicit pipeline, one segment:");
              for (int i = 0; i < sql.size(); i++) {
                Future<RowSet<Row>> statement = statements.get(i);
                System.out.printf(
                    "  %-50s %s%n",
                    sql.get(i),
                    statement.succeeded()
                        ? "succeeded"
                        : statement.cause().getMessage().lines().findFirst().orElse(""));
              }
              System.out.println(
                  "  the apple still costs "
                      + rows.iterator().next().getBigDecimal(0)
                      + ": the UPDATE was rolled back with its segment");
              return null;
            });
  }

  /** 100,000 typed rows in through a binary COPY, then a summary of them out through COPY TO. */
  private static Future<Void> copyInAndOut(PgConnection conn) {
    long start = System.nanoTime();
    return conn.query("CREATE TEMP TABLE reading(sensor int8, value float8)")
        .execute()
        .compose(created -> conn.copyIn("COPY reading FROM STDIN (FORMAT binary)"))
        .compose(
            in -> {
              in.types(List.of("int8", "float8"));
              for (int i = 0; i < 100_000; i++) {
                in.writeRow(Tuple.of(i % 4, i * 0.5));
              }
              return in.end().compose(v -> in.rowCount());
            })
        .compose(
            count -> {
              System.out.printf(
                  "COPY FROM STDIN of %,d binary rows in %d ms%n",
                  count, (System.nanoTime() - start) / 1_000_000);
              return conn.copyOut(
                  "COPY (SELECT sensor, count(*), avg(value) FROM reading GROUP BY sensor"
                      + " ORDER BY sensor) TO STDOUT (FORMAT csv)");
            })
        .compose(
            out -> {
              out.handler(line -> System.out.print("  " + line));
              return out.rowCount();
            })
        .<Void>mapEmpty();
  }
}
