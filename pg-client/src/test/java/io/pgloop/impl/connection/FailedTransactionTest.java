package io.pgloop.impl.connection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which statements pass in a failed transaction: those that end it, whatever their spelling. */
class FailedTransactionTest {

  @Test
  void rollbacksAndCommitsEndAFailedTransaction() {
    assertThat(FailedTransaction.mayEnd("ROLLBACK")).isTrue();
    assertThat(FailedTransaction.mayEnd("rollback to savepoint pgloop_sp_1")).isTrue();
    assertThat(FailedTransaction.mayEnd("ROLLBACK TO SAVEPOINT s; RELEASE SAVEPOINT s")).isTrue();
    assertThat(FailedTransaction.mayEnd("Abort")).isTrue();
    assertThat(FailedTransaction.mayEnd("COMMIT")).isTrue();
    assertThat(FailedTransaction.mayEnd("end;")).isTrue();
  }

  @Test
  void blanksAndCommentsBeforeTheKeywordAreSkipped() {
    assertThat(FailedTransaction.mayEnd("  \n\tROLLBACK")).isTrue();
    assertThat(FailedTransaction.mayEnd("-- undo\nROLLBACK")).isTrue();
    assertThat(FailedTransaction.mayEnd("/* a /* nested */ comment */ ROLLBACK")).isTrue();
    assertThat(FailedTransaction.mayEnd("/* unterminated ROLLBACK")).isFalse();
    assertThat(FailedTransaction.mayEnd("-- ROLLBACK")).isFalse();
  }

  @Test
  void otherStatementsDoNot() {
    assertThat(FailedTransaction.mayEnd("SELECT 1")).isFalse();
    assertThat(FailedTransaction.mayEnd("RELEASE SAVEPOINT s")).isFalse();
    assertThat(FailedTransaction.mayEnd("SAVEPOINT s")).isFalse();
    assertThat(FailedTransaction.mayEnd("ROLLBACKS")).isFalse();
    assertThat(FailedTransaction.mayEnd("COMMITTED")).isFalse();
    assertThat(FailedTransaction.mayEnd("")).isFalse();
  }

  @Test
  void theRefusalNamesTheErrorThatFailedTheTransaction() {
    assertThat(FailedTransaction.refusal(null))
        .hasMessage("current transaction is aborted; roll back to continue")
        .hasNoCause();
  }
}
