package io.pgloop.impl.protocol.backend;

import io.netty.buffer.ByteBuf;

/**
 * BackendKeyData ('K'): what a CancelRequest for this session must quote.
 *
 * @param processId the process ID of the backend
 * @param secretKey the secret key: 4 bytes in protocol 3.0, up to 256 bytes in 3.2
 */
public record BackendKeyData(int processId, byte[] secretKey) implements BackendMessage {

  /** The longest secret key protocol 3.2 allows. */
  public static final int MAX_SECRET_KEY_LENGTH = 256;

  /*
   * BackendKeyData ('K') body:
   *   Int32 process ID | Byte(n) secret key, n = 4 in 3.0, n <= 256 in 3.2
   */
  static BackendKeyData decode(ByteBuf payload) {
    int processId = payload.readInt();
    int keyLength = payload.readableBytes();
    if (keyLength < 4 || keyLength > MAX_SECRET_KEY_LENGTH) {
      throw new MalformedMessageException(
          "secret key has " + keyLength + " bytes, outside 4.." + MAX_SECRET_KEY_LENGTH);
    }
    return new BackendKeyData(processId, Payloads.readRemaining(payload));
  }
}
