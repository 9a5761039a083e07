package io.pgloop.impl.copy;

import io.netty.buffer.ByteBufAllocator;

/**
 * What a COPY stream uses of its connection: the messages it sends and the socket's state. The
 * connection's COPY command implements it. Event loop only.
 */
public interface CopyWire {

  /**
   * Sends the readable bytes of {@code data} as one CopyData message, and takes ownership of {@code
   * data}: it is released once written.
   */
  void send(io.netty.buffer.ByteBuf data);

  /** Sends CopyDone: the data is complete. */
  void done();

  /** Sends CopyFail with {@code reason}: the server aborts the COPY. */
  void abort(String reason);

  /** Whether the socket's outbound buffer is below its high-water mark. */
  boolean isWritable();

  /** Stops ({@code false}) or restarts reading the socket: back-pressure on the server. */
  void autoRead(boolean on);

  /** The allocator of the connection's buffers. */
  ByteBufAllocator alloc();
}
