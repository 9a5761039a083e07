package io.pgloop.impl.tx;

import io.pgloop.PgException;
import io.pgloop.PgInFailedSqlTransactionException;
import io.pgloop.PgTransactionRollbackException;
import io.pgloop.Transaction;
import io.pgloop.impl.protocol.backend.TransactionStatus;
import io.vertx.core.Future;
import io.vertx.core.Promise;

/**
 * A transaction, top-level ({@code BEGIN} ... {@code COMMIT}) or nested ({@code SAVEPOINT} ...
 * {@code RELEASE SAVEPOINT}). Its state lives on the connection's event loop: open, ending (its
 * commit or rollback is on its way) or ended. Ending it ends what is nested in it.
 */
final class TransactionImpl implements Transaction {

  private enum State {
    OPEN,
    ENDING,
    ENDED
  }

  private final TransactionManager manager;
  private final TransactionImpl parent;
  private final String savepoint;
  private final Promise<Void> completion;
  private State state = State.OPEN;
  private TransactionImpl nested;

  /**
   * @param parent the enclosing transaction, or null for a top-level one
   * @param savepoint the savepoint's name when nested, else null
   */
  TransactionImpl(TransactionManager manager, TransactionImpl parent, String savepoint) {
    this.manager = manager;
    this.parent = parent;
    this.savepoint = savepoint;
    this.completion = manager.context().promise();
  }

  boolean isOpen() {
    return state == State.OPEN;
  }

  @Override
  public Future<Void> completion() {
    return completion.future();
  }

  @Override
  public Future<Void> commit() {
    return manager.onContext(this::commitOnLoop);
  }

  @Override
  public Future<Void> rollback() {
    return manager.onContext(this::rollbackOnLoop);
  }

  @Override
  public Future<Transaction> begin() {
    return manager.onContext(this::beginOnLoop);
  }

  private Future<Transaction> beginOnLoop() {
    if (state != State.OPEN) {
      return manager.context().failedFuture(ended("open a nested transaction in"));
    }
    if (nested != null && nested.isOpen()) {
      return manager
          .context()
          .failedFuture(
              new IllegalStateException(
                  "this transaction already has an open nested transaction (savepoint "
                      + nested.savepoint
                      + "): nest in that one, or end it first"));
    }
    TransactionImpl child = new TransactionImpl(manager, this, manager.nextSavepoint());
    nested = child;
    return manager
        .run("SAVEPOINT " + child.savepoint)
        .transform(
            ar -> {
              if (ar.succeeded()) {
                return manager.context().succeededFuture(child);
              }
              child.end(ar.cause());
              return manager.context().failedFuture(ar.cause());
            });
  }

  private Future<Void> commitOnLoop() {
    if (state != State.OPEN) {
      return manager.context().failedFuture(ended("commit"));
    }
    state = State.ENDING;
    return savepoint == null ? commitTopLevel() : releaseSavepoint();
  }

  /** COMMIT; its tag is ROLLBACK when the transaction had failed, which the server rolled back. */
  private Future<Void> commitTopLevel() {
    return manager
        .run("COMMIT")
        .transform(
            ar -> {
              Throwable failure;
              if (ar.failed()) {
                failure = ar.cause();
              } else if ("ROLLBACK".equals(ar.result().commandTag())) {
                failure =
                    new PgInFailedSqlTransactionException(
                        "the transaction had failed, so COMMIT rolled it back"
                            + causeText(manager.connection().transactionFailure()),
                        manager.connection().transactionFailure());
              } else {
                failure = null;
              }
              end(failure);
              return failure == null
                  ? manager.context().succeededFuture()
                  : manager.context().failedFuture(failure);
            });
  }

  /**
   * RELEASE SAVEPOINT; when the transaction failed inside the savepoint, the release is refused (by
   * the connection or the server, 25P02) and the savepoint is rolled back instead, so that the
   * enclosing transaction stays usable, as after {@link #rollback()}.
   */
  private Future<Void> releaseSavepoint() {
    return manager
        .run("RELEASE SAVEPOINT " + savepoint)
        .transform(
            ar -> {
              if (ar.succeeded()) {
                end(null);
                return manager.context().succeededFuture();
              }
              if (!(ar.cause() instanceof PgInFailedSqlTransactionException)) {
                end(ar.cause());
                return manager.context().failedFuture(ar.cause());
              }
              PgException failedBy = manager.connection().transactionFailure();
              PgInFailedSqlTransactionException failure =
                  new PgInFailedSqlTransactionException(
                      "the nested transaction had failed, so it was rolled back to savepoint "
                          + savepoint
                          + " instead of being committed"
                          + causeText(failedBy),
                      failedBy);
              return rollbackToSavepoint(failure)
                  .transform(
                      rolledBack ->
                          manager
                              .context()
                              .failedFuture(rolledBack.succeeded() ? failure : rolledBack.cause()));
            });
  }

  private Future<Void> rollbackOnLoop() {
    if (state != State.OPEN) {
      return manager.context().failedFuture(ended("roll back"));
    }
    state = State.ENDING;
    PgException failedBy =
        manager.connection().transactionStatus() == TransactionStatus.FAILED
            ? manager.connection().transactionFailure()
            : null;
    PgTransactionRollbackException reason =
        new PgTransactionRollbackException(
            failedBy == null
                ? "the transaction was rolled back"
                : "the transaction was rolled back after it failed" + causeText(failedBy),
            failedBy);
    if (savepoint != null) {
      return rollbackToSavepoint(reason);
    }
    return manager
        .run("ROLLBACK")
        .transform(
            ar -> {
              end(reason);
              return ar.succeeded()
                  ? manager.context().succeededFuture()
                  : manager.context().failedFuture(ar.cause());
            });
  }

  /**
   * Undoes the savepoint's work and removes it, in one round trip; the enclosing transaction is
   * then as it was when the savepoint was set, failed or not.
   */
  private Future<Void> rollbackToSavepoint(Throwable reason) {
    return manager
        .run("ROLLBACK TO SAVEPOINT " + savepoint + "; RELEASE SAVEPOINT " + savepoint)
        .transform(
            ar -> {
              end(ar.succeeded() ? reason : ar.cause());
              return ar.succeeded()
                  ? manager.context().succeededFuture()
                  : manager.context().failedFuture(ar.cause());
            });
  }

  /**
   * Ends this transaction and those nested in it: committed when {@code failure} is null, else
   * failed with it (nested ones with a rollback whose cause it is).
   */
  void end(Throwable failure) {
    if (state == State.ENDED) {
      return;
    }
    state = State.ENDED;
    if (nested != null) {
      nested.end(
          failure == null
              ? null
              : new PgTransactionRollbackException(
                  "the enclosing transaction ended without committing", failure));
      nested = null;
    }
    if (parent != null && parent.nested == this) {
      parent.nested = null;
    }
    manager.ended(this);
    if (failure == null) {
      completion.tryComplete();
    } else {
      completion.tryFail(failure);
    }
  }

  private IllegalStateException ended(String action) {
    return new IllegalStateException(
        "cannot "
            + action
            + " the transaction: it has "
            + (state == State.ENDING ? "already been asked to end" : "ended"));
  }

  private static String causeText(PgException failedBy) {
    return failedBy == null ? "" : " (it failed with: " + failedBy.message() + ")";
  }
}
