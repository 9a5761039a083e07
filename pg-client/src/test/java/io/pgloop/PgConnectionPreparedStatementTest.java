package io.pgloop;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.test.PgTestBase;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Explicit prepare: parameter types from the server, runs, columns, close. */
class PgConnectionPreparedStatementTest extends PgTestBase {

  @Test
  void parametersBindToTheTypesTheServerResolved() {
    PgConnection connection = connect();
    PreparedStatement statement =
        await(connection.prepare("SELECT $1::int8 + 1 AS n, $2::numeric * 2 AS d"));
    assertThat(statement.parameterTypes()).containsExactly(20, 1700);
    assertThat(statement.columns()).extracting(ColumnDescriptor::name).containsExactly("n", "d");
    for (int i = 0; i < 3; i++) {
      Row row = await(statement.query().execute(Tuple.of(1, 1))).iterator().next();
      assertThat(row.getLong("n")).isEqualTo(2L);
      assertThat(row.get(BigDecimal.class, "d")).isEqualByComparingTo("2");
    }
    await(statement.close());
  }

  @Test
  void aStatementWithoutRowsRunsInABatch() {
    PgConnection connection = connect();
    await(connection.query("CREATE TEMP TABLE prep_t(id int8, v numeric)").execute());
    PreparedStatement insert = await(connection.prepare("INSERT INTO prep_t VALUES ($1, $2)"));
    assertThat(insert.columns()).isEmpty();
    RowSet<Row> result =
        await(insert.query().executeBatch(java.util.List.of(Tuple.of(1, 2), Tuple.of(3, 4))));
    assertThat(result.rowCount()).isEqualTo(1);
    assertThat(result.next().rowCount()).isEqualTo(1);
    assertThat(
            await(connection.query("SELECT sum(v) FROM prep_t").execute())
                .iterator()
                .next()
                .getString(0))
        .isEqualTo("6");
  }

  @Test
  void aClosedStatementIsGoneAndCannotRun() {
    PgConnection connection = connect();
    PreparedStatement statement = await(connection.prepare("SELECT 42"));
    assertThat(await(statement.query().execute()).iterator().next().getInteger(0)).isEqualTo(42);
    await(statement.close());
    assertThat(
            await(connection.query("SELECT count(*) FROM pg_prepared_statements").execute())
                .iterator()
                .next()
                .getLong(0))
        .isZero();
    assertThat(failure(statement.query().execute()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageMatching("prepared statement pgloop_\\d+ is closed");
  }

  @Test
  void aStatementThatDoesNotParseFailsThePrepare() {
    PgConnection connection = connect();
    Throwable error = failure(connection.prepare("SELECT * FROM no_such_table"));
    assertThat(((PgException) error).sqlState()).isEqualTo("42P01");
    assertThat(await(connection.query("SELECT 1").execute()).size()).isEqualTo(1);
  }

  @Test
  void aWrongNumberOfParametersIsRefusedBeforeSending() {
    PgConnection connection = connect();
    PreparedStatement statement = await(connection.prepare("SELECT $1::int"));
    assertThat(failure(statement.query().execute(Tuple.of(1, 2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the statement takes 1 parameters, the tuple has 2");
    assertThat(await(statement.query().execute(Tuple.of(5))).iterator().next().getInteger(0))
        .isEqualTo(5);
  }
}
