package io.pgloop;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.test.PgTestBase;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Transactions: begin, commit, rollback, options, savepoints, failed transactions, closing. */
class PgConnectionTransactionTest extends PgTestBase {

  @Test
  void aCommittedTransactionIsVisibleFromAnotherConnectionOnlyAfterCommit() {
    PgConnection connection = connect();
    PgConnection other = connect();
    String table = newTable(connection);
    Transaction tx = await(connection.begin());
    await(connection.query("INSERT INTO " + table + " VALUES (1)").execute());
    assertThat(count(other, table)).isZero();
    await(tx.commit());
    assertThat(count(other, table)).isEqualTo(1);
    assertThat(tx.completion().succeeded()).isTrue();
    // Autocommit again outside the transaction.
    await(connection.query("INSERT INTO " + table + " VALUES (2)").execute());
    assertThat(count(other, table)).isEqualTo(2);
  }

  @Test
  void aRolledBackTransactionLeavesNothingAndItsCompletionFails() {
    PgConnection connection = connect();
    String table = newTable(connection);
    Transaction tx = await(connection.begin());
    await(connection.preparedQuery("INSERT INTO " + table + " VALUES ($1)").execute(Tuple.of(1)));
    await(tx.rollback());
    assertThat(count(connection, table)).isZero();
    Throwable completion = failure(tx.completion());
    assertThat(completion)
        .isInstanceOf(PgTransactionRollbackException.class)
        .hasMessage("the transaction was rolled back");
    assertThat(((PgException) completion).sqlState()).isEqualTo("40000");
  }

  @Test
  void isolationLevelReadOnlyAndDeferrableAreApplied() {
    PgConnection connection = connect();
    String table = newTable(connection);
    String[] expected = {"read uncommitted", "read committed", "repeatable read", "serializable"};
    for (IsolationLevel level : IsolationLevel.values()) {
      Transaction tx = await(connection.begin(new TransactionOptions().setIsolationLevel(level)));
      assertThat(show(connection, "transaction_isolation")).isEqualTo(expected[level.ordinal()]);
      assertThat(show(connection, "transaction_read_only")).isEqualTo("off");
      await(tx.commit());
    }
    Transaction readOnly =
        await(
            connection.begin(
                new TransactionOptions()
                    .setIsolationLevel(IsolationLevel.SERIALIZABLE)
                    .setReadOnly(true)
                    .setDeferrable(true)));
    assertThat(show(connection, "transaction_read_only")).isEqualTo("on");
    assertThat(show(connection, "transaction_deferrable")).isEqualTo("on");
    Throwable write = failure(connection.query("INSERT INTO " + table + " VALUES (1)").execute());
    assertThat(((PgException) write).sqlState()).isEqualTo("25006");
    assertThat(write).hasMessageContaining("cannot execute INSERT in a read-only transaction");
    await(readOnly.rollback());
    assertThat(new TransactionOptions().setReadOnly(true).toSql()).isEqualTo("BEGIN READ ONLY");
  }

  @Test
  void afterAnErrorStatementsFailAtOnceClientSideUntilRollback() {
    PgConnection connection = connect();
    Transaction tx = await(connection.begin());
    Throwable error = failure(connection.query("SELECT 1/0").execute());
    assertThat(error).isInstanceOf(PgDivisionByZeroException.class);
    Throwable refused = failure(connection.preparedQuery("SELECT 1").execute());
    assertThat(refused)
        .isInstanceOf(PgInFailedSqlTransactionException.class)
        .hasMessage(
            "current transaction is aborted; roll back to continue"
                + " (it failed with: division by zero)")
        .hasCauseInstanceOf(PgDivisionByZeroException.class);
    PgException refusal = (PgException) refused;
    assertThat(refusal.sqlState()).isEqualTo("25P02");
    assertThat(refusal.isServerError()).as("refused without a round trip").isFalse();
    assertThat(failure(connection.query("SELECT 2").execute()))
        .isInstanceOf(PgInFailedSqlTransactionException.class);
    await(tx.rollback());
    assertThat(failure(tx.completion()))
        .isInstanceOf(PgTransactionRollbackException.class)
        .hasMessage(
            "the transaction was rolled back after it failed (it failed with: division by zero)")
        .hasCauseInstanceOf(PgDivisionByZeroException.class);
    assertThat(selectOne(connection)).isEqualTo(1);
  }

  @Test
  void commitOfAFailedTransactionRollsItBackAndFails() {
    PgConnection connection = connect();
    String table = newTable(connection);
    Transaction tx = await(connection.begin());
    await(connection.query("INSERT INTO " + table + " VALUES (1)").execute());
    failure(connection.query("SELECT * FROM no_such_table_here").execute());
    Throwable commit = failure(tx.commit());
    assertThat(commit)
        .isInstanceOf(PgInFailedSqlTransactionException.class)
        .hasMessageStartingWith("the transaction had failed, so COMMIT rolled it back")
        .hasCauseInstanceOf(PgUndefinedTableException.class);
    assertThat(failure(tx.completion())).isSameAs(commit);
    assertThat(count(connection, table)).isZero();
  }

  @Test
  void aBeginSentAsAQueryIsGuardedTooAndARollbackQueryGoesThrough() {
    PgConnection connection = connect();
    await(connection.query("BEGIN").execute());
    failure(connection.query("SELECT 1/0").execute());
    assertThat(failure(connection.query("SELECT 1").execute()))
        .isInstanceOf(PgInFailedSqlTransactionException.class)
        .hasMessageStartingWith("current transaction is aborted; roll back to continue");
    await(connection.query("  /* done */ rollback").execute());
    assertThat(selectOne(connection)).isEqualTo(1);
  }

  @Test
  void pipelinedStatementsBehindAFailureFailWith25P02AndRollbackStillGoesThrough() {
    PgConnection connection = connect();
    Transaction tx = await(connection.begin());
    Future<RowSet<Row>> failing = connection.query("SELECT 1/0").execute();
    List<Future<RowSet<Row>>> behind = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      behind.add(connection.preparedQuery("SELECT $1::int").execute(Tuple.of(i)));
    }
    Future<Void> rollback = tx.rollback();
    Future<RowSet<Row>> after = connection.query("SELECT 1").execute();
    assertThat(failure(failing)).isInstanceOf(PgDivisionByZeroException.class);
    for (Future<RowSet<Row>> future : behind) {
      // Already on the wire: the server refuses them; the connection would have too.
      assertThat(((PgException) failure(future)).sqlState()).isEqualTo("25P02");
    }
    await(rollback);
    assertThat(await(after).iterator().next().getInteger(0)).isEqualTo(1);
  }

  @Test
  void aNestedRollbackUndoesItsWorkAndKeepsTheOuterTransaction() {
    PgConnection connection = connect();
    String table = newTable(connection);
    Transaction outer = await(connection.begin());
    insert(connection, table, 1);
    Transaction inner = await(outer.begin());
    insert(connection, table, 2);
    await(inner.rollback());
    assertThat(failure(inner.completion())).isInstanceOf(PgTransactionRollbackException.class);
    insert(connection, table, 3);
    Transaction kept = await(outer.begin());
    insert(connection, table, 4);
    await(kept.commit());
    assertThat(kept.completion().succeeded()).isTrue();
    await(outer.commit());
    assertThat(ids(connection, table)).containsExactly(1, 3, 4);
  }

  @Test
  void anErrorInANestedTransactionIsUndoneByItsRollbackAndTheOuterGoesOn() {
    PgConnection connection = connect();
    String table = newTable(connection);
    Transaction outer = await(connection.begin());
    insert(connection, table, 1);
    Transaction inner = await(outer.begin());
    insert(connection, table, 2);
    failure(connection.query("SELECT 1/0").execute());
    assertThat(failure(connection.query("SELECT 1").execute()))
        .isInstanceOf(PgInFailedSqlTransactionException.class);
    // Nothing but a rollback goes through, not even a new savepoint.
    assertThat(failure(inner.begin())).isInstanceOf(PgInFailedSqlTransactionException.class);
    await(inner.rollback());
    insert(connection, table, 3);
    // Committing a failed nested transaction rolls it back: the outer one stays usable.
    Transaction failed = await(outer.begin());
    failure(connection.query("SELECT 1/0").execute());
    assertThat(failure(failed.commit()))
        .isInstanceOf(PgInFailedSqlTransactionException.class)
        .hasMessageStartingWith("the nested transaction had failed, so it was rolled back to")
        .hasCauseInstanceOf(PgDivisionByZeroException.class);
    insert(connection, table, 4);
    await(outer.commit());
    assertThat(ids(connection, table)).containsExactly(1, 3, 4);
  }

  @Test
  void endingAnOuterTransactionEndsTheNestedOnes() {
    PgConnection connection = connect();
    String table = newTable(connection);
    Transaction outer = await(connection.begin());
    Transaction inner = await(outer.begin());
    Transaction innermost = await(inner.begin());
    insert(connection, table, 1);
    await(outer.commit());
    assertThat(inner.completion().succeeded()).isTrue();
    assertThat(innermost.completion().succeeded()).isTrue();
    assertThat(ids(connection, table)).containsExactly(1);

    Transaction rolledBack = await(connection.begin());
    Transaction nested = await(rolledBack.begin());
    insert(connection, table, 2);
    await(rolledBack.rollback());
    assertThat(failure(nested.completion())).isInstanceOf(PgTransactionRollbackException.class);
    assertThat(ids(connection, table)).containsExactly(1);
  }

  @Test
  void misuseFailsWithAnErrorThatSaysWhy() {
    PgConnection connection = connect();
    Transaction tx = await(connection.begin());
    assertThat(failure(connection.begin()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("a transaction is already open on this connection");
    Transaction nested = await(tx.begin());
    assertThat(failure(tx.begin()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already has an open nested transaction");
    await(nested.commit());
    await(tx.commit());
    assertThat(failure(tx.commit()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot commit the transaction: it has ended");
    assertThat(failure(tx.rollback())).isInstanceOf(IllegalStateException.class);
    assertThat(failure(tx.begin())).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void closingWithATransactionOpenFailsItsCompletion() {
    PgConnection connection = connect();
    Transaction tx = await(connection.begin());
    Transaction nested = await(tx.begin());
    await(connection.close());
    assertThat(failure(tx.completion()))
        .isInstanceOf(PgConnectionException.class)
        .hasMessage("the connection closed with the transaction open; the server rolls it back");
    assertThat(failure(nested.completion())).isInstanceOf(PgTransactionRollbackException.class);
  }

  @Test
  void aTransactionCanBeDrivenFromAnotherThread() throws Exception {
    PgConnection connection = connect();
    String table = newTable(connection);
    Future<Void> done =
        connection
            .begin()
            .compose(
                tx ->
                    connection
                        .query("INSERT INTO " + table + " VALUES (7)")
                        .execute()
                        .compose(rows -> tx.commit()));
    await(done);
    assertThat(ids(connection, table)).containsExactly(7);
  }

  // ---------------------------------------------------------------- helpers

  private static String newTable(PgConnection connection) {
    String table = "tx_" + UUID.randomUUID().toString().replace("-", "");
    await(connection.query("CREATE TABLE " + table + " (id int)").execute());
    return table;
  }

  private static void insert(PgConnection connection, String table, int id) {
    await(connection.preparedQuery("INSERT INTO " + table + " VALUES ($1)").execute(Tuple.of(id)));
  }

  private static long count(PgConnection connection, String table) {
    return await(connection.query("SELECT count(*) FROM " + table).execute())
        .iterator()
        .next()
        .getLong(0);
  }

  private static List<Integer> ids(PgConnection connection, String table) {
    List<Integer> ids = new ArrayList<>();
    await(connection.query("SELECT id FROM " + table + " ORDER BY id").execute())
        .forEach(row -> ids.add(row.getInteger(0)));
    return ids;
  }

  private static String show(PgConnection connection, String setting) {
    return await(connection.query("SHOW " + setting).execute()).iterator().next().getString(0);
  }

  private static int selectOne(PgConnection connection) {
    return await(connection.query("SELECT 1").execute()).iterator().next().getInteger(0);
  }
}
