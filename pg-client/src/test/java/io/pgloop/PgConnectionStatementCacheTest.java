package io.pgloop;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.test.PgTestBase;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Automatic prepared statements: when a statement is prepared, eviction, DISCARD ALL, and the
 * transparent retry after 0A000 and 26000. What the server holds is read from {@code
 * pg_prepared_statements} through the simple protocol, which never prepares.
 */
class PgConnectionStatementCacheTest extends PgTestBase {

  private static List<String> prepared(PgConnection connection) {
    List<String> statements = new ArrayList<>();
    await(
            connection
                .query(
                    "SELECT statement FROM pg_prepared_statements"
                        + " WHERE from_sql = false ORDER BY prepare_time, name")
                .execute())
        .forEach(row -> statements.add(row.getString(0)));
    return statements;
  }

  private static List<String> names(PgConnection connection) {
    List<String> names = new ArrayList<>();
    await(connection.query("SELECT name FROM pg_prepared_statements ORDER BY name").execute())
        .forEach(row -> names.add(row.getString(0)));
    return names;
  }

  private PgConnection connect(int threshold) {
    return connect(options().setPrepareThreshold(threshold));
  }

  @Test
  void theDefaultThresholdPreparesOnTheSixthRun() {
    PgConnection connection = connect();
    String sql = "SELECT $1::int + 1";
    for (int run = 1; run <= 5; run++) {
      assertThat(
              await(connection.preparedQuery(sql).execute(Tuple.of(run)))
                  .iterator()
                  .next()
                  .getInteger(0))
          .isEqualTo(run + 1);
      assertThat(prepared(connection)).as("after run %d", run).isEmpty();
    }
    for (int run = 6; run <= 8; run++) {
      assertThat(
              await(connection.preparedQuery(sql).execute(Tuple.of(run)))
                  .iterator()
                  .next()
                  .getInteger(0))
          .isEqualTo(run + 1);
      assertThat(prepared(connection)).as("after run %d", run).containsExactly(sql);
    }
    assertThat(names(connection)).containsExactly("pgloop_1");
  }

  @Test
  void thresholdZeroPreparesAtOnceAndGivesBinaryResults() {
    PgConnection connection = connect(0);
    String sql = "SELECT $1::int8 AS n, 'x'::text AS t, now()::date AS d";
    for (int run = 0; run < 3; run++) {
      RowSet<Row> rows = await(connection.preparedQuery(sql).execute(Tuple.of(7L)));
      Row row = rows.iterator().next();
      assertThat(row.getLong("n")).isEqualTo(7L);
      assertThat(row.getString("t")).isEqualTo("x");
      assertThat(rows.columnsNames()).containsExactly("n", "t", "d");
      assertThat(prepared(connection)).containsExactly(sql);
    }
    // After the description, results come back in binary where a codec reads it.
    RowSet<Row> rows = await(connection.preparedQuery(sql).execute(Tuple.of(7L)));
    assertThat(rows.columnDescriptors()).allMatch(ColumnDescriptor::isBinary);
  }

  @Test
  void thresholdMinusOneNeverPrepares() {
    PgConnection connection = connect(-1);
    for (int run = 0; run < 10; run++) {
      await(connection.preparedQuery("SELECT 1").execute());
    }
    assertThat(prepared(connection)).isEmpty();
  }

  @Test
  void parameterTypesArePartOfTheKey() {
    PgConnection connection = connect(0);
    await(connection.preparedQuery("SELECT $1").execute(Tuple.of(1)));
    await(connection.preparedQuery("SELECT $1").execute(Tuple.of(1L)));
    await(connection.preparedQuery("SELECT $1").execute(Tuple.of(2)));
    assertThat(names(connection)).containsExactly("pgloop_1", "pgloop_2");
  }

  @Test
  void theLeastRecentlyUsedStatementIsClosed() {
    PgConnection connection =
        connect(options().setPrepareThreshold(0).setPreparedStatementCacheMaxSize(2));
    await(connection.preparedQuery("SELECT 1").execute());
    await(connection.preparedQuery("SELECT 2").execute());
    await(connection.preparedQuery("SELECT 1").execute());
    assertThat(prepared(connection)).containsExactlyInAnyOrder("SELECT 1", "SELECT 2");
    // SELECT 2 is now the least recently used: the run that prepares SELECT 3 closes it first.
    await(connection.preparedQuery("SELECT 3").execute());
    assertThat(prepared(connection)).containsExactlyInAnyOrder("SELECT 1", "SELECT 3");
    assertThat(
            await(connection.preparedQuery("SELECT 2").execute()).iterator().next().getInteger(0))
        .isEqualTo(2);
    assertThat(prepared(connection)).containsExactlyInAnyOrder("SELECT 3", "SELECT 2");
  }

  @Test
  void discardAllClearsTheCacheAndTheNextRunWorks() {
    PgConnection connection = connect(0);
    await(connection.preparedQuery("SELECT $1::int").execute(Tuple.of(1)));
    assertThat(prepared(connection)).hasSize(1);
    await(connection.query("DISCARD ALL").execute());
    assertThat(prepared(connection)).isEmpty();
    RowSet<Row> rows = await(connection.preparedQuery("SELECT $1::int").execute(Tuple.of(5)));
    assertThat(rows.iterator().next().getInteger(0)).isEqualTo(5);
    assertThat(prepared(connection)).containsExactly("SELECT $1::int");
    await(connection.query("DEALLOCATE ALL").execute());
    rows = await(connection.preparedQuery("SELECT $1::int").execute(Tuple.of(6)));
    assertThat(rows.iterator().next().getInteger(0)).isEqualTo(6);
  }

  @Test
  void aChangedResultTypeIsRetriedOutsideATransaction() {
    PgConnection connection = connect(0);
    await(
        connection
            .query("CREATE TEMP TABLE changing(a int); INSERT INTO changing VALUES (1)")
            .execute());
    assertThat(await(connection.preparedQuery("SELECT * FROM changing").execute()).columnsNames())
        .containsExactly("a");
    await(connection.query("ALTER TABLE changing ADD COLUMN b text DEFAULT 'x'").execute());
    RowSet<Row> rows = await(connection.preparedQuery("SELECT * FROM changing").execute());
    assertThat(rows.columnsNames()).containsExactly("a", "b");
    assertThat(rows.iterator().next().getString("b")).isEqualTo("x");
    assertThat(await(connection.preparedQuery("SELECT * FROM changing").execute()).size())
        .isEqualTo(1);
    // The old statement was closed, the new one kept.
    assertThat(prepared(connection)).containsExactly("SELECT * FROM changing");
  }

  @Test
  void aChangedResultTypeSurfacesInsideATransaction() {
    PgConnection connection = connect(0);
    await(
        connection
            .query("CREATE TEMP TABLE changing2(a int); INSERT INTO changing2 VALUES (1)")
            .execute());
    await(connection.preparedQuery("SELECT * FROM changing2").execute());
    await(connection.query("BEGIN").execute());
    await(connection.query("ALTER TABLE changing2 ADD COLUMN b int").execute());
    Throwable error = failure(connection.preparedQuery("SELECT * FROM changing2").execute());
    assertThat(error).isInstanceOf(PgException.class);
    assertThat(((PgException) error).sqlState()).isEqualTo("0A000");
    assertThat(error).hasMessageContaining("cached plan must not change result type");
    await(connection.query("ROLLBACK").execute());
    RowSet<Row> rows = await(connection.preparedQuery("SELECT * FROM changing2").execute());
    assertThat(rows.columnsNames()).containsExactly("a");
    assertThat(rows.iterator().next().getInteger("a")).isEqualTo(1);
  }

  @Test
  void aDeallocatedStatementIsPreparedAgain() {
    PgConnection connection = connect(0);
    await(connection.preparedQuery("SELECT $1::int * 2").execute(Tuple.of(2)));
    assertThat(names(connection)).containsExactly("pgloop_1");
    await(connection.query("DEALLOCATE pgloop_1").execute());
    RowSet<Row> rows = await(connection.preparedQuery("SELECT $1::int * 2").execute(Tuple.of(4)));
    assertThat(rows.iterator().next().getInteger(0)).isEqualTo(8);
    assertThat(names(connection)).containsExactly("pgloop_2");
  }

  @Test
  void pipelinedCommandsBindToAStatementStillBeingPrepared() {
    PgConnection connection = connect(0);
    List<Future<RowSet<Row>>> runs = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      runs.add(connection.preparedQuery("SELECT $1::int, 'v' || $1::text").execute(Tuple.of(i)));
    }
    for (int i = 0; i < 50; i++) {
      Row row = await(runs.get(i)).iterator().next();
      assertThat(row.getInteger(0)).isEqualTo(i);
      assertThat(row.getString(1)).isEqualTo("v" + i);
    }
    assertThat(names(connection)).containsExactly("pgloop_1");
  }

  @Test
  void pipelinedRunsOfAStatementThatFailsToParseAllFailWithTheParseError() {
    PgConnection connection = connect(0);
    List<Future<RowSet<Row>>> runs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      runs.add(connection.preparedQuery("SELECT * FROM no_such_table").execute());
    }
    for (Future<RowSet<Row>> run : runs) {
      Throwable error = failure(run);
      assertThat(((PgException) error).sqlState()).isEqualTo("42P01");
    }
    assertThat(await(connection.query("SELECT 1").execute()).size()).isEqualTo(1);
    assertThat(prepared(connection)).isEmpty();
  }

  @Test
  void aBatchRunsOnAPreparedStatement() {
    PgConnection connection = connect(0);
    await(connection.query("CREATE TEMP TABLE batch_t(id int)").execute());
    RowSet<Row> result =
        await(
            connection
                .preparedQuery("INSERT INTO batch_t VALUES ($1) RETURNING id")
                .executeBatch(List.of(Tuple.of(1), Tuple.of(2), Tuple.of(3))));
    assertThat(result.iterator().next().getInteger(0)).isEqualTo(1);
    assertThat(result.next().next().iterator().next().getInteger(0)).isEqualTo(3);
    assertThat(prepared(connection))
        .containsExactly("INSERT INTO batch_t VALUES ($1) RETURNING id");
  }
}
