package io.pgloop.impl.protocol.backend;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.List;

/**
 * A run of consecutive complete messages of one type in the decoder's input, copied out with one
 * read into one heap array that the decoded messages share as slices ({@link SharedChunk}): what a
 * result or a COPY TO, a message per row, costs one copy and one array per run instead of per row.
 * A run spans at most {@link #MAX_BYTES}, so that a message kept long keeps at most that much; a
 * longer message has an array of its own, as does a message alone.
 *
 * <pre>
 *   type | Int32 length | body ( type | Int32 length | body )*
 *                         ^ the shared array starts here      ^ and ends here
 * </pre>
 */
final class MessageRun {

  /** The most bytes (the bodies and the headers between them) one run copies into one array. */
  static final int MAX_BYTES = 8192;

  private static final int HEADER_SIZE = 5;
  private static final int MIN_LENGTH = 4;

  /** Whether a body in {@code in[from, to)} is well-formed for its type. */
  @FunctionalInterface
  interface BodyCheck {
    boolean isValid(ByteBuf in, int from, int to);
  }

  /** Wraps the body in {@code buffer[start, end)} as its message, without copying it. */
  @FunctionalInterface
  interface Body {
    BackendMessage wrap(ByteBuf buffer, int start, int end);
  }

  private MessageRun() {}

  /**
   * The end of the run that starts with the message at {@code start} (its type byte; that message
   * checked and complete): the index after the last of the complete messages of the same type that
   * follow it and are within bounds and valid. The first message that is not ends the run, so that
   * the decoder then decodes or reports it on its own.
   */
  static int end(ByteBuf in, int start, int maxMessageSize, BodyCheck check) {
    byte type = in.getByte(start);
    int first = start + HEADER_SIZE;
    int end = start + 1 + in.getInt(start + 1);
    int limit = in.writerIndex();
    while (end + HEADER_SIZE <= limit && in.getByte(end) == type) {
      int length = in.getInt(end + 1);
      if (length < MIN_LENGTH || length > maxMessageSize) {
        break;
      }
      long next = (long) end + 1 + length;
      if (next > limit
          || next - first > MAX_BYTES
          || !check.isValid(in, end + HEADER_SIZE, (int) next)) {
        break;
      }
      end = (int) next;
    }
    return end;
  }

  /**
   * Copies the messages in {@code in[start, end)}, a run as {@link #end} found it, and adds each
   * body, wrapped by {@code message}, to {@code out} in order.
   */
  static void split(ByteBuf in, int start, int end, Body message, List<Object> out) {
    int first = start + HEADER_SIZE;
    byte[] bytes = new byte[end - first];
    in.getBytes(first, bytes);
    int next = start + 1 + in.getInt(start + 1);
    if (next == end) {
      out.add(message.wrap(Unpooled.wrappedBuffer(bytes), 0, bytes.length));
      return;
    }
    SharedChunk chunk = new SharedChunk(bytes);
    out.add(message.wrap(chunk, 0, next - first));
    // The other headers are in the copy, where reading a length costs no bounds or access check.
    for (int at = next - first; at < bytes.length; at = next) {
      next = at + 1 + lengthAt(bytes, at + 1);
      out.add(message.wrap(chunk, at + HEADER_SIZE, next));
    }
  }

  private static int lengthAt(byte[] bytes, int index) {
    return (bytes[index] & 0xff) << 24
        | (bytes[index + 1] & 0xff) << 16
        | (bytes[index + 2] & 0xff) << 8
        | (bytes[index + 3] & 0xff);
  }
}
