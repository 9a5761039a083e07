package io.pgloop;

/**
 * How {@link PgConnection#begin(TransactionOptions)} opens a transaction: {@code BEGIN [ISOLATION
 * LEVEL level] [READ ONLY] [DEFERRABLE]}. What is left unset follows the server's defaults ({@code
 * default_transaction_isolation}, ...).
 *
 * <p>A mutable data object, not thread-safe; {@code begin} reads it once, when called.
 */
public final class TransactionOptions {

  private IsolationLevel isolationLevel;
  private boolean readOnly;
  private boolean deferrable;

  /** The server's defaults. */
  public TransactionOptions() {}

  /** A copy of {@code other}. */
  public TransactionOptions(TransactionOptions other) {
    this.isolationLevel = other.isolationLevel;
    this.readOnly = other.readOnly;
    this.deferrable = other.deferrable;
  }

  /** The isolation level, or null for the server's default. */
  public IsolationLevel getIsolationLevel() {
    return isolationLevel;
  }

  /** Sets the isolation level; null leaves the server's default. */
  public TransactionOptions setIsolationLevel(IsolationLevel isolationLevel) {
    this.isolationLevel = isolationLevel;
    return this;
  }

  /** Whether the transaction is {@code READ ONLY}: writes fail with SQLSTATE 25006. */
  public boolean isReadOnly() {
    return readOnly;
  }

  /** Sets {@code READ ONLY}. */
  public TransactionOptions setReadOnly(boolean readOnly) {
    this.readOnly = readOnly;
    return this;
  }

  /**
   * Whether the transaction is {@code DEFERRABLE}: with {@link IsolationLevel#SERIALIZABLE} and
   * read only, it waits for a snapshot that cannot fail with a serialization error; the server
   * ignores it otherwise.
   */
  public boolean isDeferrable() {
    return deferrable;
  }

  /** Sets {@code DEFERRABLE}. */
  public TransactionOptions setDeferrable(boolean deferrable) {
    this.deferrable = deferrable;
    return this;
  }

  /**
   * The statement that opens such a transaction, such as {@code BEGIN ISOLATION LEVEL SERIALIZABLE
   * READ ONLY}.
   */
  public String toSql() {
    StringBuilder sql = new StringBuilder("BEGIN");
    if (isolationLevel != null) {
      sql.append(" ISOLATION LEVEL ").append(isolationLevel.sql());
    }
    if (readOnly) {
      sql.append(" READ ONLY");
    }
    if (deferrable) {
      sql.append(" DEFERRABLE");
    }
    return sql.toString();
  }

  @Override
  public String toString() {
    return "TransactionOptions[" + toSql() + "]";
  }
}
