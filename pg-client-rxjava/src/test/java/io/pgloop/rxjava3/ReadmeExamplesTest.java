package io.pgloop.rxjava3;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.PgConnectOptions;
import io.pgloop.PgPoolOptions;
import io.pgloop.Row;
import io.pgloop.Tuple;
import io.pgloop.scenario.ReadmeSnippets;
import io.pgloop.test.PgTestBase;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Single;
import io.vertx.rxjava3.core.Vertx;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The README's RxJava 3 examples: the README shows the marked code verbatim, and here it runs. */
class ReadmeExamplesTest extends PgTestBase {

  /** The tables the examples use, created on the test server if it lacks them. */
  private static final String SHOP =
      "SET client_min_messages = warning;"
          + "CREATE TABLE IF NOT EXISTS product(name text PRIMARY KEY, price numeric, stock int);"
          + "CREATE TABLE IF NOT EXISTS sale(product text, at timestamptz DEFAULT now());"
          + "INSERT INTO product VALUES ('cake', 12.50, 3), ('jam', 4.20, 10), ('tea', 3.80, 5)"
          + " ON CONFLICT (name) DO UPDATE SET price = EXCLUDED.price, stock = EXCLUDED.stock";

  private final PgConnectOptions options = options();
  private Vertx rxVertx;

  @BeforeEach
  void shop() {
    rxVertx = Vertx.newInstance(vertx);
    PgConnection conn = await(PgConnection.connect(rxVertx, options));
    await(conn.query(SHOP).execute());
    conn.close().blockingAwait();
  }

  private static <T> T await(Single<T> single) {
    return single.timeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).blockingGet();
  }

  @Test
  void theReadmeShowsTheseExamples() {
    ReadmeSnippets.assertReadmeShows(
        Path.of("src/test/java/io/pgloop/rxjava3/ReadmeExamplesTest.java"),
        Path.of("../README.md"));
  }

  @Test
  void queryInASingleChain() {
    // README: rxjava-query
    Single<List<String>> names =
        PgConnection.connect(rxVertx, options)
            .flatMap(
                conn ->
                    conn.preparedQuery("SELECT name FROM product WHERE price < $1 ORDER BY name")
                        .execute(Tuple.of(new BigDecimal("10.00")))
                        .map(rows -> rows.stream().map(row -> row.getString("name")).toList())
                        .flatMap(list -> conn.close().toSingleDefault(list)));
    // README end

    assertThat(await(names)).containsExactly("jam", "tea");
  }

  @Test
  void aPoolTransaction() {
    // README: rxjava-transaction
    PgPool pool = PgPool.pool(rxVertx, options, new PgPoolOptions().setMaxSize(4));
    Single<Integer> left =
        pool.withTransaction(
            conn ->
                conn.preparedQuery("INSERT INTO sale(product) VALUES ($1)")
                    .execute(Tuple.of("tea"))
                    .flatMap(
                        inserted ->
                            conn.preparedQuery(
                                    "UPDATE product SET stock = stock - 1 WHERE name = $1"
                                        + " RETURNING stock")
                                .execute(Tuple.of("tea")))
                    .map(rows -> rows.iterator().next().getInteger("stock")));
    // README end

    assertThat(await(left)).isEqualTo(4);
    pool.close().blockingAwait();
  }

  @Test
  void aStreamOfRows() {
    PgConnection conn = await(PgConnection.connect(rxVertx, options));
    // README: rxjava-stream
    Flowable<Row> products =
        conn.prepare("SELECT name, stock FROM product ORDER BY name")
            .flatMapPublisher(statement -> statement.createStream(100).toFlowable());
    // Rows are fetched as the subscriber asks for them; cancelling closes the server's portal.
    List<String> firstTwo =
        products.take(2).map(row -> row.getString("name")).toList().blockingGet();
    // README end

    assertThat(firstTwo).containsExactly("cake", "jam");
    assertThat(await(conn.query("SELECT 1").execute()).rowCount()).isEqualTo(1);
    conn.close().blockingAwait();
  }
}
