package io.pgloop.impl.protocol.backend;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.List;

/**
 * CopyData ('d'): a chunk of a COPY data stream, kept as its bytes. As for {@link DataRow}, the
 * buffer is on the heap, a copy of the body: it pins no network buffer and needs no release. A COPY
 * TO sends one message per row, so the decoder copies a run of consecutive messages at once and
 * their buffers are slices of one shared array of at most {@link #RUN_BYTES} bytes (a longer
 * message has an array of its own): a buffer kept long keeps that array.
 */
public final class CopyData implements BackendMessage {

  /** The most bytes (bodies and the headers between them) that one run copies into one array. */
  static final int RUN_BYTES = 8192;

  private static final int HEADER_SIZE = 5;

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

  /**
   * Decodes the CopyData at {@code start} in {@code in} (its type byte; its header checked and its
   * body complete) and the complete CopyData messages right after it, while together they span at
   * most {@link #RUN_BYTES}, and adds them to {@code out} in order. Their bodies are copied with
   * one read of {@code in} into one shared array. A following message whose header is out of bounds
   * ends the run, so that the decoder then reports it.
   *
   * <pre>
   *   'd' | Int32 length | body ( 'd' | Int32 length | body )*
   *         ^ start + 1    ^ first byte of the shared array     ^ its end
   * </pre>
   *
   * @return the index in {@code in} after the last message decoded
   */
  static int decodeRun(ByteBuf in, int start, int maxMessageSize, List<Object> out) {
    int first = start + HEADER_SIZE;
    int end = start + 1 + in.getInt(start + 1);
    int limit = in.writerIndex();
    int count = 1;
    while (end + HEADER_SIZE <= limit && in.getByte(end) == 'd') {
      int length = in.getInt(end + 1);
      if (length < HEADER_SIZE - 1 || length > maxMessageSize) {
        break;
      }
      long next = (long) end + 1 + length;
      if (next > limit || next - first > RUN_BYTES) {
        break;
      }
      end = (int) next;
      count++;
    }
    byte[] bytes = new byte[end - first];
    in.getBytes(first, bytes);
    if (count == 1) {
      out.add(new CopyData(Unpooled.wrappedBuffer(bytes)));
      return end;
    }
    SharedChunk chunk = new SharedChunk(bytes);
    int at = start;
    for (int i = 0; i < count; i++) {
      int next = at + 1 + in.getInt(at + 1);
      out.add(new CopyData(chunk.slice(at + HEADER_SIZE - first, next - at - HEADER_SIZE)));
      at = next;
    }
    return end;
  }

  @Override
  public String toString() {
    return "CopyData[" + ByteBufUtil.hexDump(data) + "]";
  }
}
