package io.pgloop.impl.protocol.backend;

import io.netty.buffer.ByteBuf;

/**
 * ReadyForQuery ('Z'): the server is ready for a new query cycle. Decoding returns one of three
 * shared instances: this message ends every query, so it is not allocated.
 *
 * @param status the transaction status
 */
public record ReadyForQuery(TransactionStatus status) implements BackendMessage {

  /** Ready, outside a transaction block. */
  public static final ReadyForQuery IDLE = new ReadyForQuery(TransactionStatus.IDLE);

  /** Ready, in a transaction block. */
  public static final ReadyForQuery IN_TRANSACTION =
      new ReadyForQuery(TransactionStatus.IN_TRANSACTION);

  /** Ready, in a failed transaction block. */
  public static final ReadyForQuery FAILED = new ReadyForQuery(TransactionStatus.FAILED);

  /*
   * ReadyForQuery ('Z') body: Byte1 status, 'I' idle, 'T' in a transaction, 'E' failed.
   * An unknown status is an error rather than UNKNOWN: the connection cannot know whether a
   * transaction is open, and guessing would put the next command in the wrong one.
   */
  static ReadyForQuery decode(ByteBuf payload) {
    return of(payload.readByte());
  }

  /** The shared instance for a status byte. */
  static ReadyForQuery of(byte status) {
    return switch (status) {
      case 'I' -> IDLE;
      case 'T' -> IN_TRANSACTION;
      case 'E' -> FAILED;
      default ->
          throw new MalformedMessageException(
              "unknown transaction status " + BackendMessages.describeByte(status));
    };
  }
}
