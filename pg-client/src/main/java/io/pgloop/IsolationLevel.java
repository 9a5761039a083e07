package io.pgloop;

/** The isolation level of a transaction, as in {@code BEGIN ISOLATION LEVEL ...}. */
public enum IsolationLevel {
  /** Behaves as {@link #READ_COMMITTED} in PostgreSQL. */
  READ_UNCOMMITTED("READ UNCOMMITTED"),
  /** Each statement sees the data committed before it began: PostgreSQL's default. */
  READ_COMMITTED("READ COMMITTED"),
  /** Every statement sees the data committed before the transaction's first statement. */
  REPEATABLE_READ("REPEATABLE READ"),
  /** As if transactions ran one after the other; may fail with SQLSTATE 40001, to be retried. */
  SERIALIZABLE("SERIALIZABLE");

  private final String sql;

  IsolationLevel(String sql) {
    this.sql = sql;
  }

  /** The level as SQL spells it, such as {@code REPEATABLE READ}. */
  public String sql() {
    return sql;
  }
}
