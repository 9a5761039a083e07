package io.pgloop.mutiny;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.PgConnectOptions;
import io.pgloop.PgPoolOptions;
import io.pgloop.Row;
import io.pgloop.RowSet;
import io.pgloop.Tuple;
import io.pgloop.scenario.ReadmeSnippets;
import io.pgloop.test.PgTestBase;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The README's Mutiny examples: the README shows the marked code verbatim, and here it runs. */
class ReadmeExamplesTest extends PgTestBase {

  /** The tables the examples use, created on the test server if it lacks them. */
  private static final String SHOP =
      "SET client_min_messages = warning;"
          + "CREATE TABLE IF NOT EXISTS product(name text PRIMARY KEY, price numeric, stock int);"
          + "CREATE TABLE IF NOT EXISTS sale(product text, at timestamptz DEFAULT now());"
          + "INSERT INTO product VALUES ('cake', 12.50, 3), ('jam', 4.20, 10), ('tea', 3.80, 5)"
          + " ON CONFLICT (name) DO UPDATE SET price = EXCLUDED.price, stock = EXCLUDED.stock";

  private final PgConnectOptions options = options();

  @BeforeEach
  void shop() {
    PgConnection conn = PgConnection.connectAndAwait(vertx, options);
    conn.query(SHOP).executeAndAwait();
    conn.closeAndAwait();
  }

  @Test
  void theReadmeShowsTheseExamples() {
    ReadmeSnippets.assertReadmeShows(
        Path.of("src/test/java/io/pgloop/mutiny/ReadmeExamplesTest.java"), Path.of("../README.md"));
  }

  @Test
  void queryInAUniChain() {
    // README: mutiny-query
    Uni<List<String>> names =
        PgConnection.connect(vertx, options)
            .flatMap(
                conn ->
                    conn.preparedQuery("SELECT name FROM product WHERE price < $1 ORDER BY name")
                        .execute(Tuple.of(new BigDecimal("10.00")))
                        .map(rows -> rows.stream().map(row -> row.getString("name")).toList())
                        .eventually(conn::close));
    // README end

    assertThat(names.await().atMost(TIMEOUT)).containsExactly("jam", "tea");
  }

  @Test
  void blockingVariants() {
    PgConnection conn = PgConnection.connectAndAwait(vertx, options);
    // README: mutiny-await
    RowSet<Row> rows = conn.query("SELECT count(*) FROM product").executeAndAwait();
    conn.closeAndForget();
    // README end

    assertThat(rows.iterator().next().getLong(0)).isEqualTo(3);
  }

  @Test
  void aPoolTransaction() {
    // README: mutiny-transaction
    PgPool pool = PgPool.pool(vertx, options, new PgPoolOptions().setMaxSize(4));
    Uni<Integer> left =
        pool.withTransaction(
            conn ->
                conn.preparedQuery("INSERT INTO sale(product) VALUES ($1)")
                    .execute(Tuple.of("tea"))
                    .chain(
                        () ->
                            conn.preparedQuery(
                                    "UPDATE product SET stock = stock - 1 WHERE name = $1"
                                        + " RETURNING stock")
                                .execute(Tuple.of("tea")))
                    .map(rows -> rows.iterator().next().getInteger("stock")));
    // README end

    assertThat(left.await().atMost(TIMEOUT)).isEqualTo(4);
    pool.closeAndAwait();
  }

  @Test
  void aStreamOfRows() {
    PgConnection conn = PgConnection.connectAndAwait(vertx, options);
    // README: mutiny-stream
    Multi<Row> products =
        conn.prepare("SELECT name, stock FROM product ORDER BY name")
            .onItem()
            .transformToMulti(statement -> statement.createStream(100).toMulti());
    // Rows are fetched as the subscriber asks for them; cancelling closes the server's portal.
    List<String> firstTwo =
        products
            .select()
            .first(2)
            .map(row -> row.getString("name"))
            .collect()
            .asList()
            .await()
            .atMost(Duration.ofSeconds(10));
    // README end

    assertThat(firstTwo).containsExactly("cake", "jam");
    assertThat(conn.query("SELECT 1").executeAndAwait().rowCount()).isEqualTo(1);
    conn.closeAndAwait();
  }
}
