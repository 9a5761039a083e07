package io.pgloop;

import io.pgloop.codegen.GenWrapper;
import io.vertx.core.Future;

/**
 * A transaction open on a connection, from {@link PgConnection#begin()}, or a transaction nested in
 * another one, from {@link #begin()}, backed by a savepoint.
 *
 * <p>Statements run in the transaction by running them on its connection, as usual: the connection
 * runs one transaction at a time, and every statement issued between {@code begin} and the end of
 * the transaction belongs to it.
 *
 * <p><b>Nesting</b> follows psycopg: {@link #begin()} opens {@code SAVEPOINT pgloop_sp_N}. Its
 * {@link #commit()} releases the savepoint ({@code RELEASE SAVEPOINT}): its work becomes part of
 * the enclosing transaction, which alone commits it. Its {@link #rollback()} undoes its work and
 * nothing else ({@code ROLLBACK TO SAVEPOINT} then {@code RELEASE SAVEPOINT}), and the enclosing
 * transaction goes on, usable, even when the nested one had failed. Ending a transaction ends the
 * ones nested in it that are still open, the same way: a commit commits their work, a rollback
 * undoes it.
 *
 * <p><b>Failure.</b> Once a statement fails inside a transaction, the server ignores everything
 * until the transaction (or the savepoint in which it failed) is rolled back. The connection knows
 * it from the server's ReadyForQuery and fails every later statement at once, without sending it,
 * with a {@link PgInFailedSqlTransactionException} (SQLSTATE 25P02) whose message reads {@code
 * current transaction is aborted; roll back to continue} and whose cause is the error that failed
 * the transaction. Rollbacks ({@code ROLLBACK}, {@code ROLLBACK TO SAVEPOINT}, {@code ABORT}) and
 * {@code COMMIT} still go through. Statements already on the wire when the error came (pipelined)
 * are rejected by the server itself, with the same SQLSTATE. {@link #commit()} of a failed
 * transaction rolls it back and fails.
 *
 * <p>When the connection closes with the transaction open, the server rolls it back and {@link
 * #completion()} fails with a {@link PgConnectionException}.
 *
 * <p>Any thread may call; futures complete on the connection's context.
 */
@GenWrapper
public interface Transaction {

  /**
   * Commits: {@code COMMIT}, or {@code RELEASE SAVEPOINT} when nested.
   *
   * @return a future completed once the server has committed (for a nested transaction: released
   *     the savepoint). It fails with a {@link PgInFailedSqlTransactionException} when the
   *     transaction had failed, which it rolls back instead (the cause is the error that failed
   *     it); with the server's error when the commit itself fails (a deferred constraint, a
   *     serialization failure), the transaction being rolled back then; with an {@link
   *     IllegalStateException} when the transaction has already ended
   */
  Future<Void> commit();

  /**
   * Rolls back: {@code ROLLBACK}, or {@code ROLLBACK TO SAVEPOINT} and {@code RELEASE SAVEPOINT}
   * when nested, which leaves the enclosing transaction open and usable.
   *
   * @return a future completed once the server has rolled back; failed with an {@link
   *     IllegalStateException} when the transaction has already ended, or with the error that
   *     prevented the rollback (the connection broke: the server rolls back on its own then)
   */
  Future<Void> rollback();

  /**
   * Opens a transaction nested in this one: {@code SAVEPOINT pgloop_sp_N}.
   *
   * @return a future completed with the nested transaction once the server has set the savepoint;
   *     failed with an {@link IllegalStateException} when this transaction has ended or already has
   *     an open nested transaction (nest in the innermost one), or with a {@link
   *     PgInFailedSqlTransactionException} when this transaction has failed
   */
  Future<Transaction> begin();

  /**
   * Completes when the transaction ends. It succeeds once the transaction is committed: for a
   * nested one, once its savepoint is released (by its own commit, or by the commit of an enclosing
   * transaction), its work then sharing the fate of the enclosing transaction. It fails with a
   * {@link PgTransactionRollbackException} (SQLSTATE 40000, its cause the error that failed the
   * transaction, if any) when the transaction is rolled back, by its own rollback or an enclosing
   * one's; with the commit's error when the commit fails; with a {@link PgConnectionException} when
   * the connection closes first. It never fails for a statement that failed inside the transaction:
   * that statement's own future reports it.
   */
  Future<Void> completion();
}
