package io.pgloop.impl.protocol.backend;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;

/**
 * CopyData ('d'): a chunk of a COPY data stream, kept as its bytes. As for {@link DataRow}, the
 * buffer is on the heap, a copy of the body: it pins no network buffer and needs no release. The
 * decoder copies a run of consecutive messages at once (a COPY TO sends one per row), so the buffer
 * may be a slice of an array shared with its neighbours: see {@link MessageRun}.
 */
public final class CopyData implements BackendMessage {

  private final ByteBuf data;

  /** Wraps a chunk of COPY data; the buffer is not copied. */
  public CopyData(ByteBuf data) {
    this.data = data;
  }

  /** The chunk: the whole body of the message, from its reader index. */
  public ByteBuf data() {
    return data;
  }

  /* CopyData ('d') body: Byte(n) data */
  static CopyData decode(ByteBuf payload) {
    return new CopyData(Unpooled.wrappedBuffer(Payloads.readRemaining(payload)));
  }

  @Override
  public String toString() {
    return "CopyData[" + ByteBufUtil.hexDump(data) + "]";
  }
}
