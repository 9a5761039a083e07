package io.pgloop.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.pgloop.PgUniqueViolationException;
import io.pgloop.Row;
import io.pgloop.RowSet;
import io.pgloop.Tuple;
import io.pgloop.scenario.FrontEnd.Step;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A pool: one-off queries, many at once, and work lent a connection or a transaction. */
public abstract class PoolScenarios extends ScenarioBase {

  protected PoolScenarios(FrontEnd frontEnd) {
    super(frontEnd);
  }

  @Test
  void aPoolQueryBorrowsRunsAndGivesBack() {
    FrontEnd.Pool pool = pool(2);

    RowSet<Row> rows = pool.preparedQuery("SELECT $1::int4 * 2", Tuple.of(21));

    assertThat(rows.iterator().next().getInteger(0)).isEqualTo(42);
  }

  @Test
  void manyConcurrentQueriesShareTheFewConnections() {
    FrontEnd.Pool pool = pool(4);
    List<Tuple> tuples = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      tuples.add(Tuple.of(i));
    }

    List<RowSet<Row>> results =
        pool.preparedQueryConcurrently("SELECT $1::int4, pg_backend_pid()", tuples);

    assertThat(results).hasSize(200);
    Set<Integer> backends = new HashSet<>();
    for (int i = 0; i < results.size(); i++) {
      Row row = results.get(i).iterator().next();
      assertThat(row.getInteger(0)).isEqualTo(i);
      backends.add(row.getInteger(1));
    }
    assertThat(backends).hasSizeBetween(1, 4);
  }

  @Test
  void withConnectionRunsEveryStepOnOneConnection() {
    FrontEnd.Pool pool = pool(4);

    RowSet<Row> last =
        pool.withConnection(
            List.of(
                Step.of("SELECT set_config('scenario.mark', $1, false)", "kept"),
                Step.of("SELECT current_setting('scenario.mark')")));

    assertThat(last.iterator().next().getString(0)).isEqualTo("kept");
  }

  @Test
  void withTransactionCommitsWhenEveryStepSucceeds() {
    String table = table("id int PRIMARY KEY");
    FrontEnd.Pool pool = pool(2);

    RowSet<Row> last =
        pool.withTransaction(
            List.of(
                Step.of("INSERT INTO " + table + " VALUES ($1)", 1),
                Step.of("INSERT INTO " + table + " VALUES ($1)", 2),
                Step.of("SELECT count(*) FROM " + table)));

    assertThat(last.iterator().next().getLong(0)).isEqualTo(2);
    assertThat(count(table)).isEqualTo(2);
  }

  @Test
  void withTransactionRollsBackWhenAStepFails() {
    String table = table("id int PRIMARY KEY");
    FrontEnd.Pool pool = pool(2);

    PgUniqueViolationException failure =
        catchThrowableOfType(
            PgUniqueViolationException.class,
            () ->
                pool.withTransaction(
                    List.of(
                        Step.of("INSERT INTO " + table + " VALUES ($1)", 1),
                        Step.of("INSERT INTO " + table + " VALUES ($1)", 1))));

    assertThat(failure.sqlState()).isEqualTo("23505");
    assertThat(count(table)).isZero();
    RowSet<Row> after = pool.preparedQuery("SELECT count(*) FROM " + table, Tuple.tuple());
    assertThat(after.iterator().next().getLong(0)).isZero();
  }
}
