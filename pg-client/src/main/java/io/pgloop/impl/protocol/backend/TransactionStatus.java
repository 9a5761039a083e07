package io.pgloop.impl.protocol.backend;

/** The transaction status a ReadyForQuery reports. */
public enum TransactionStatus {
  /** Not in a transaction block. */
  IDLE('I'),
  /** In a transaction block. */
  IN_TRANSACTION('T'),
  /** In a failed transaction block: queries are rejected until the block ends. */
  FAILED('E');

  private final char code;

  TransactionStatus(char code) {
    this.code = code;
  }

  /** The status's byte on the wire. */
  public char code() {
    return code;
  }
}
