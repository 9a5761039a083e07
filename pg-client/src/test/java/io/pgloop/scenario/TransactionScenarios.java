package io.pgloop.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgloop.PgException;
import io.pgloop.PgInFailedSqlTransactionException;
import io.pgloop.PgTransactionRollbackException;
import io.pgloop.PgUniqueViolationException;
import io.pgloop.Tuple;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Transactions on one connection: what a commit makes visible to other connections, what a rollback
 * or a failed statement undoes, and savepoints (nested transactions).
 */
public abstract class TransactionScenarios extends ScenarioBase {

  protected TransactionScenarios(FrontEnd frontEnd) {
    super(frontEnd);
  }

  @Test
  void aCommitMakesTheWorkVisibleToOtherConnections() {
    String table = table("id int PRIMARY KEY");
    FrontEnd.Connection connection = open();

    FrontEnd.Transaction transaction = connection.begin();
    insert(connection, table, 1);
    insert(connection, table, 2);
    long before = count(table);
    transaction.commit();

    assertThat(before).as("rows seen by another connection before the commit").isZero();
    assertThat(count(table)).isEqualTo(2);
    assertThat(transaction.completion()).isNull();
  }

  @Test
  void aRollbackUndoesTheWork() {
    String table = table("id int PRIMARY KEY");
    FrontEnd.Connection connection = open();

    FrontEnd.Transaction transaction = connection.begin();
    insert(connection, table, 1);
    transaction.rollback();

    assertThat(count(table)).isZero();
    assertThat(transaction.completion())
        .isInstanceOf(PgTransactionRollbackException.class)
        .extracting(e -> ((PgException) e).sqlState())
        .isEqualTo("40000");
    assertThat(ids(connection, table)).isEmpty();
  }

  @Test
  void aFailedStatementFailsTheTransactionAndItsCommitRollsBack() {
    String table = table("id int PRIMARY KEY");
    FrontEnd.Connection connection = open();

    FrontEnd.Transaction transaction = connection.begin();
    insert(connection, table, 1);
    assertThatThrownBy(() -> insert(connection, table, 1))
        .isInstanceOf(PgUniqueViolationException.class);
    assertThatThrownBy(() -> insert(connection, table, 2))
        .isInstanceOf(PgInFailedSqlTransactionException.class)
        .hasMessageContaining("current transaction is aborted")
        .extracting(e -> ((PgException) e).sqlState())
        .isEqualTo("25P02");
    assertThatThrownBy(transaction::commit).isInstanceOf(PgInFailedSqlTransactionException.class);

    assertThat(count(table)).isZero();
    assertThat(connection.query("SELECT 'usable'").iterator().next().getString(0))
        .isEqualTo("usable");
  }

  @Test
  void aSavepointRollsBackItsOwnWorkOnly() {
    String table = table("id int PRIMARY KEY");
    FrontEnd.Connection connection = open();

    FrontEnd.Transaction transaction = connection.begin();
    insert(connection, table, 1);
    FrontEnd.Transaction undone = transaction.savepoint();
    insert(connection, table, 2);
    assertThatThrownBy(() -> insert(connection, table, 1))
        .isInstanceOf(PgUniqueViolationException.class);
    undone.rollback();
    FrontEnd.Transaction kept = transaction.savepoint();
    insert(connection, table, 3);
    kept.commit();
    insert(connection, table, 4);
    transaction.commit();

    assertThat(ids(open(), table)).containsExactly(1, 3, 4);
    assertThat(undone.completion()).isInstanceOf(PgTransactionRollbackException.class);
    assertThat(kept.completion()).isNull();
  }

  private static void insert(FrontEnd.Connection connection, String table, int id) {
    connection.preparedQuery("INSERT INTO " + table + " VALUES ($1)", Tuple.of(id));
  }

  private static List<Integer> ids(FrontEnd.Connection connection, String table) {
    List<Integer> ids = new ArrayList<>();
    connection
        .query("SELECT id FROM " + table + " ORDER BY id")
        .forEach(row -> ids.add(row.getInteger(0)));
    return ids;
  }
}
