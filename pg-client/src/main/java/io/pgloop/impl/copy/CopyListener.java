package io.pgloop.impl.copy;

import io.netty.buffer.ByteBuf;
import io.pgloop.impl.codec.CodecRegistry;

/**
 * What a COPY stream hears from the connection's COPY command, on the event loop. After {@link
 * #onStart}, exactly one of {@link #onEnd} and {@link #onFailure} follows; {@link #onFailure} may
 * also come without {@link #onStart} (the statement failed or was not the expected COPY).
 */
public interface CopyListener {

  /**
   * The server accepted the COPY (CopyInResponse or CopyOutResponse).
   *
   * @param binary whether the COPY's overall format is binary
   * @param codecs the connection's codecs, to format or read rows
   */
  void onStart(CopyWire wire, boolean binary, CodecRegistry codecs);

  /** One CopyData from the server: its body, a heap buffer the listener may keep. */
  void onData(ByteBuf data);

  /** The socket's outbound buffer drained below its low-water mark. */
  void onWritable();

  /** The COPY ended (ReadyForQuery): the connection is free; {@code rows} were copied. */
  void onEnd(long rows);

  /** The COPY failed: the server's error, or the connection broke. At most once. */
  void onFailure(Throwable cause);
}
