package io.pgloop;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.data.PgValue;
import io.pgloop.test.PgTestBase;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code rewrite_batched_inserts}: a batch of a one-row INSERT runs as set-based statements, with
 * every value arriving as sent and in order, and batches of other statements run as before. A
 * statement-level trigger counts the statements the server ran: one per tuple, or one per chunk of
 * 1,000 tuples when rewritten.
 */
class PgConnectionBatchInsertTest extends PgTestBase {

  private static final String INSERT =
      "INSERT INTO %s (a, b, c, d, e, f, g) VALUES ($1, $2, $3, $4, $5, $6, $7)";
  private static final OffsetDateTime EPOCH =
      OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  private PgConnection connect(boolean rewrite) {
    return connect(options().setRewriteBatchedInserts(rewrite).setPrepareThreshold(0));
  }

  /** A table with a serial id, seven typed columns and a counter of INSERT statements. */
  private static void createTable(PgConnection connection, String table) {
    await(
        connection
            .query(
                ("DROP TABLE IF EXISTS %1$s; DROP TABLE IF EXISTS %1$s_statements;"
                        + " CREATE TABLE %1$s (id serial PRIMARY KEY, a int4, b int8, c text,"
                        + " d numeric, e timestamptz, f uuid, g bool);"
                        + " CREATE TABLE %1$s_statements (n int); INSERT INTO %1$s_statements"
                        + " VALUES (0); CREATE OR REPLACE FUNCTION %1$s_count() RETURNS trigger"
                        + " LANGUAGE plpgsql AS $$BEGIN UPDATE %1$s_statements SET n = n + 1;"
                        + " RETURN NULL; END$$; CREATE TRIGGER %1$s_count AFTER INSERT ON %1$s"
                        + " FOR EACH STATEMENT EXECUTE PROCEDURE %1$s_count()")
                    .formatted(table))
            .execute());
  }

  private static long statements(PgConnection connection, String table) {
    return await(connection.query("SELECT n FROM " + table + "_statements").execute())
        .iterator()
        .next()
        .getLong(0);
  }

  /** Row i: every other column NULL in turn, Integers into int8 and numeric, typed NULLs. */
  private static List<Tuple> rows(int first, int count) {
    List<Tuple> rows = new ArrayList<>(count);
    for (int i = first; i < first + count; i++) {
      rows.add(
          Tuple.of(
              i,
              i % 7 == 0 ? null : i * 3,
              i % 5 == 0 ? PgValue.nullOf("text") : "row " + i + " 'q' \\ é",
              i % 11 == 0 ? null : i,
              EPOCH.plusSeconds(i),
              new UUID(i, -i),
              i % 2 == 0));
    }
    return rows;
  }

  private static void assertRows(PgConnection connection, String table, int count) {
    RowSet<Row> rows =
        await(
            connection
                .query("SELECT id, a, b, c, d, e, f, g FROM " + table + " ORDER BY id")
                .execute());
    assertThat(rows.size()).isEqualTo(count);
    int i = 1;
    for (Row row : rows) {
      // The serial follows the order of the batch.
      assertThat(row.getInteger("id")).isEqualTo(i);
      assertThat(row.getInteger("a")).isEqualTo(i);
      assertThat(row.getLong("b")).isEqualTo(i % 7 == 0 ? null : i * 3L);
      assertThat(row.getString("c")).isEqualTo(i % 5 == 0 ? null : "row " + i + " 'q' \\ é");
      assertThat(row.get(BigDecimal.class, "d"))
          .isEqualTo(i % 11 == 0 ? null : BigDecimal.valueOf(i));
      assertThat(row.get(OffsetDateTime.class, "e").toInstant())
          .isEqualTo(EPOCH.plusSeconds(i).toInstant());
      assertThat(row.get(UUID.class, "f")).isEqualTo(new UUID(i, -i));
      assertThat(row.getBoolean("g")).isEqualTo(i % 2 == 0);
      i++;
    }
  }

  @Test
  void aBatchAfterTheFirstInsertsAThousandRowsPerStatement() {
    PgConnection connection = connect(true);
    createTable(connection, "bi_rows");
    String insert = INSERT.formatted("bi_rows");
    RowSet<Row> first = await(connection.preparedQuery(insert).executeBatch(rows(1, 2_500)));
    assertThat(statements(connection, "bi_rows"))
        .as("the first batch learns the parameter types, tuple by tuple")
        .isEqualTo(2_500);
    assertThat(first.rowCount()).isEqualTo(1);

    RowSet<Row> second = await(connection.preparedQuery(insert).executeBatch(rows(2_501, 7_500)));
    assertThat(statements(connection, "bi_rows") - 2_500).isEqualTo(8);
    assertThat(second.rowCount()).isEqualTo(7_500);
    assertThat(second.next()).as("one result for the whole batch").isNull();
    assertRows(connection, "bi_rows", 10_000);
  }

  @Test
  void offByDefaultEveryTupleIsAStatement() {
    PgConnection connection = connect(false);
    createTable(connection, "bi_off");
    String insert = INSERT.formatted("bi_off");
    await(connection.preparedQuery(insert).executeBatch(rows(1, 10)));
    RowSet<Row> second = await(connection.preparedQuery(insert).executeBatch(rows(11, 10)));
    assertThat(statements(connection, "bi_off")).isEqualTo(20);
    int results = 0;
    for (RowSet<Row> r = second; r != null; r = r.next()) {
      results++;
    }
    assertThat(results).isEqualTo(10);
    assertRows(connection, "bi_off", 20);
  }

  @Test
  void returningRunsTupleByTuple() {
    PgConnection connection = connect(true);
    createTable(connection, "bi_returning");
    String returning = INSERT.formatted("bi_returning") + " RETURNING id";
    await(connection.preparedQuery(returning).executeBatch(rows(1, 3)));
    RowSet<Row> ids = await(connection.preparedQuery(returning).executeBatch(rows(4, 3)));
    assertThat(ids.iterator().next().getInteger(0)).isEqualTo(4);
    assertThat(ids.next().iterator().next().getInteger(0)).isEqualTo(5);
    assertThat(statements(connection, "bi_returning")).isEqualTo(6);
    assertRows(connection, "bi_returning", 6);
  }

  @Test
  void aStringTheServerMustParseKeepsTheBatchTupleByTuple() {
    PgConnection connection = connect(true);
    createTable(connection, "bi_text");
    String insert = INSERT.formatted("bi_text");
    await(connection.preparedQuery(insert).executeBatch(rows(1, 3)));
    List<Tuple> withText = rows(4, 3);
    Tuple five = withText.get(1);
    withText.set(
        1,
        Tuple.of(
            5, 15, null, 5, EPOCH.plusSeconds(5), new UUID(5, -5).toString(), five.getValue(6)));
    await(connection.preparedQuery(insert).executeBatch(withText));
    assertThat(statements(connection, "bi_text")).isEqualTo(6);
    await(connection.preparedQuery(insert).executeBatch(rows(7, 3)));
    assertThat(statements(connection, "bi_text")).isEqualTo(7);
    assertRows(connection, "bi_text", 9);
  }

  private static PgConnection conflictTable(PgConnection connection, String table) {
    await(
        connection
            .query(
                "DROP TABLE IF EXISTS %1$s; CREATE TABLE %1$s (k int PRIMARY KEY, v text)"
                    .formatted(table))
            .execute());
    return connection;
  }

  private static List<Tuple> keys(int... keys) {
    List<Tuple> tuples = new ArrayList<>();
    for (int k : keys) {
      tuples.add(Tuple.of(k, "v" + k));
    }
    return tuples;
  }

  private static List<Integer> keysIn(PgConnection connection, String table) {
    List<Integer> keys = new ArrayList<>();
    await(connection.query("SELECT k FROM " + table + " ORDER BY k").execute())
        .forEach(row -> keys.add(row.getInteger(0)));
    return keys;
  }

  @Test
  void onConflictDoNothingCountsTheRowsInserted() {
    PgConnection connection = conflictTable(connect(true), "bi_conflict");
    String insert = "INSERT INTO bi_conflict (k, v) VALUES ($1, $2) ON CONFLICT DO NOTHING";
    await(connection.preparedQuery(insert).executeBatch(keys(1, 2)));
    RowSet<Row> result = await(connection.preparedQuery(insert).executeBatch(keys(2, 3, 3, 4)));
    assertThat(result.rowCount()).isEqualTo(2);
    assertThat(keysIn(connection, "bi_conflict")).containsExactly(1, 2, 3, 4);
  }

  @Test
  void aDuplicateKeyRollsTheWholeBatchBackAndTheConnectionGoesOn() {
    PgConnection connection = conflictTable(connect(true), "bi_unique");
    String insert = "INSERT INTO bi_unique (k, v) VALUES ($1, $2)";
    await(connection.preparedQuery(insert).executeBatch(keys(1, 2)));
    Throwable failure = failure(connection.preparedQuery(insert).executeBatch(keys(3, 4, 1, 5)));
    assertThat(failure).isInstanceOf(PgUniqueViolationException.class);
    assertThat(keysIn(connection, "bi_unique")).containsExactly(1, 2);
    await(connection.preparedQuery(insert).executeBatch(keys(3, 4)));
    assertThat(keysIn(connection, "bi_unique")).containsExactly(1, 2, 3, 4);
  }

  @Test
  void aValueOutOfRangeNamesItsParameterAndTupleAndSendsNothing() {
    PgConnection connection = conflictTable(connect(true), "bi_range");
    String insert = "INSERT INTO bi_range (k, v) VALUES ($1, $2)";
    await(connection.preparedQuery(insert).executeBatch(keys(1, 2)));
    List<Tuple> batch = keys(3, 4, 5);
    batch.set(2, Tuple.of(1L << 40, "v"));
    Throwable failure = failure(connection.preparedQuery(insert).executeBatch(batch));
    assertThat(failure)
        .isInstanceOf(ParameterEncodingException.class)
        .hasMessageContaining("parameter $1")
        .hasMessageContaining("tuple 3 of the batch")
        .hasMessageContaining("1099511627776");
    assertThat(keysIn(connection, "bi_range")).containsExactly(1, 2);
  }

  @Test
  void aQuerySentBehindTheBatchSeesItsRows() {
    PgConnection connection = conflictTable(connect(true), "bi_order");
    String insert = "INSERT INTO bi_order (k, v) VALUES ($1, $2)";
    await(connection.preparedQuery(insert).executeBatch(keys(1, 2)));
    List<Tuple> batch = new ArrayList<>();
    for (int k = 3; k <= 3_000; k++) {
      batch.add(Tuple.of(k, "v" + k));
    }
    var inserted = connection.preparedQuery(insert).executeBatch(batch);
    var count = connection.query("SELECT count(*) FROM bi_order").execute();
    assertThat(await(inserted).rowCount()).isEqualTo(2_998);
    assertThat(await(count).iterator().next().getLong(0)).isEqualTo(3_000);
  }

  @Test
  void inAnExplicitPipelineTheBatchIsSetBasedToo() {
    PgConnection connection = conflictTable(connect(true), "bi_pipeline");
    String insert = "INSERT INTO bi_pipeline (k, v) VALUES ($1, $2)";
    await(connection.preparedQuery(insert).executeBatch(keys(1, 2)));
    List<Tuple> batch = new ArrayList<>();
    for (int k = 3; k <= 2_500; k++) {
      batch.add(Tuple.of(k, "v" + k));
    }
    String counts =
        await(
            connection.pipeline(
                p -> {
                  var inserted = p.preparedQuery(insert).executeBatch(batch);
                  var count = p.query("SELECT count(*) FROM bi_pipeline").execute();
                  return inserted.compose(
                      r -> count.map(c -> r.rowCount() + " of " + c.iterator().next().getLong(0)));
                }));
    assertThat(counts).isEqualTo("2498 of 2500");
  }

  @Test
  void theConnectionStringTurnsItOn() {
    assertThat(
            PgConnectOptions.fromUri("postgresql://h/db?rewrite_batched_inserts=true")
                .isRewriteBatchedInserts())
        .isTrue();
    assertThat(
            PgConnectOptions.parse("host=h rewrite_batched_inserts=off").isRewriteBatchedInserts())
        .isFalse();
    assertThat(new PgConnectOptions().setRewriteBatchedInserts(true).toUri())
        .contains("rewrite_batched_inserts=true");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> PgConnectOptions.fromUri("postgresql://h/db?rewrite_batched_inserts=2"))
        .hasMessage("invalid rewrite_batched_inserts value: \"2\" (allowed: true, false)");
  }
}
