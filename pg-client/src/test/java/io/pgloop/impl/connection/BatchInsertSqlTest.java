package io.pgloop.impl.connection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which inserts have a set-based form, and what it is. */
class BatchInsertSqlTest {

  private static String rewrite(String sql, int parameters) {
    return BatchInsertSql.rewrite(sql, parameters, true);
  }

  @Test
  void aPlainInsertSelectsFromUnnest() {
    assertThat(rewrite("INSERT INTO t (a, b) VALUES ($1, $2)", 2))
        .isEqualTo(
            "INSERT INTO t (a, b) SELECT pgloop_batch.p1, pgloop_batch.p2"
                + " FROM (SELECT unnest($1) AS p1, unnest($2) AS p2) AS pgloop_batch");
  }

  @Test
  void expressionsConstantsAndTheTailStay() {
    assertThat(
            rewrite(
                "insert into \"T\" values (lower($2), $1 + 1, 'VALUES ($3)', now())"
                    + " on conflict (a) do update set b = excluded.b, c = 'x';",
                2))
        .isEqualTo(
            "insert into \"T\" SELECT lower(pgloop_batch.p2), pgloop_batch.p1 + 1, 'VALUES ($3)',"
                + " now() FROM (SELECT unnest($1) AS p1, unnest($2) AS p2) AS pgloop_batch"
                + " on conflict (a) do update set b = excluded.b, c = 'x';");
  }

  @Test
  void aParameterUsedTwiceIsReadTwiceFromItsColumn() {
    assertThat(rewrite("INSERT INTO t VALUES ($1, $1 * 2)", 1))
        .isEqualTo(
            "INSERT INTO t SELECT pgloop_batch.p1, pgloop_batch.p1 * 2"
                + " FROM (SELECT unnest($1) AS p1) AS pgloop_batch");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "INSERT INTO t VALUES ($1), ($2)",
        "INSERT INTO t VALUES ($1) RETURNING id",
        "INSERT INTO t VALUES ($1, DEFAULT)",
        "INSERT INTO t DEFAULT VALUES",
        "INSERT INTO t SELECT $1",
        "INSERT INTO t VALUES (1)",
        "INSERT INTO t VALUES ($1) ON CONFLICT (a) DO UPDATE SET b = $2",
        "WITH x AS (SELECT 1) INSERT INTO t VALUES ($1)",
        "UPDATE t SET a = $1",
        "INSERT INTO t VALUES ($1); INSERT INTO t VALUES ($2)",
        "INSERT INTO t VALUES ($1",
      })
  void otherShapesHaveNone(String sql) {
    assertThat(rewrite(sql, 2)).isNull();
  }

  @Test
  void defaultInsideAnExpressionIsNoDefaultColumn() {
    assertThat(rewrite("INSERT INTO t VALUES ($1, coalesce($2, 'DEFAULT'))", 2)).isNotNull();
  }
}
