package io.pgloop.impl.protocol.backend;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.DecoderException;
import io.pgloop.PgProtocolException;
import java.util.List;

/**
 * Frames the server's byte stream into {@link BackendMessage}s and fires each one down the
 * pipeline.
 *
 * <p>Framing is bounded: the type and length are checked as soon as the 5-byte header is in, so
 * neither an unknown type nor a length below 4 or above the maximum makes the decoder buffer a
 * body. Any error is fired as a {@link PgProtocolException} (not wrapped in Netty's {@link
 * DecoderException}); the stream cannot be resynchronized after one, so the decoder then discards
 * everything it receives and leaves it to the connection to close the channel.
 *
 * <p>Runs on the channel's event loop, like every handler; one instance per channel.
 */
public final class BackendMessageDecoder extends ByteToMessageDecoder {

  /**
   * The default maximum message size, 1 GiB: the largest single value PostgreSQL stores. A row
   * holding several values that large needs a higher maximum.
   */
  public static final int DEFAULT_MAX_MESSAGE_SIZE = 1 << 30;

  private static final int HEADER_SIZE = 5;
  private static final int MIN_LENGTH = 4;
  private static final MessageRun.BodyCheck ANY_BODY = (in, from, to) -> true;

  private final int maxMessageSize;
  private boolean failed;

  /** The last CommandComplete, handed out again while the tags repeat. */
  private CommandComplete lastComplete;

  /**
   * A decoder that accepts messages up to {@code maxMessageSize} bytes, counted as the protocol's
   * length field counts them (the length itself and the body, not the type byte).
   *
   * @throws IllegalArgumentException when {@code maxMessageSize} is below 4
   */
  public BackendMessageDecoder(int maxMessageSize) {
    if (maxMessageSize < MIN_LENGTH) {
      throw new IllegalArgumentException(
          "maxMessageSize must be at least " + MIN_LENGTH + ", got " + maxMessageSize);
    }
    this.maxMessageSize = maxMessageSize;
  }

  /*
   * Every backend message:
   *   Byte1 type | Int32 length (counts itself and the body) | Byte(length - 4) body
   */
  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    if (failed) {
      in.skipBytes(in.readableBytes());
      return;
    }
    if (in.readableBytes() < HEADER_SIZE) {
      return;
    }
    int start = in.readerIndex();
    byte type = in.getByte(start);
    int length = in.getInt(start + 1);
    if (!BackendMessages.isKnown(type)) {
      throw fail(in, BackendMessages.unknownType(type));
    }
    if (length < MIN_LENGTH) {
      throw fail(
          in,
          new PgProtocolException(
              "message '"
                  + (char) type
                  + "' has length "
                  + length
                  + ", below the minimum of "
                  + MIN_LENGTH));
    }
    if (length > maxMessageSize) {
      throw fail(
          in,
          new PgProtocolException(
              "message '"
                  + (char) type
                  + "' of "
                  + length
                  + " bytes exceeds the maximum message size of "
                  + maxMessageSize));
    }
    if (in.readableBytes() - 1 < length) {
      return;
    }
    int from = start + HEADER_SIZE;
    int to = start + 1 + length;
    int end = to;
    try {
      if (type == 'D' && to - from >= DataRow.FIRST_COLUMN_OFFSET) {
        // A result or a COPY TO is a message per row: a run of them is copied out at once.
        DataRow.check(in, from, to);
        end = MessageRun.end(in, start, maxMessageSize, DataRow::isValid);
        MessageRun.split(in, start, end, DataRow::new, out);
      } else if (type == 'd') {
        end = MessageRun.end(in, start, maxMessageSize, ANY_BODY);
        MessageRun.split(in, start, end, (chunk, s, e) -> new CopyData(chunk.slice(s, e - s)), out);
      } else {
        BackendMessage message = fastPath(type, in, from, to);
        if (message == null) {
          message = BackendMessages.decode(type, in.slice(from, to - from));
        }
        out.add(message);
      }
    } catch (MalformedMessageException e) {
      throw fail(in, BackendMessages.malformed(type, e.getMessage()));
    } catch (PgProtocolException e) {
      throw fail(in, e);
    }
    in.readerIndex(end);
  }

  /**
   * Decodes the messages every query's reply is made of straight out of {@code in[from, to)},
   * without the slice (an object per message) that the other messages are parsed from; null for any
   * other message, or a body whose size is off, which the slice path then reports as its parser
   * does.
   */
  private BackendMessage fastPath(byte type, ByteBuf in, int from, int to) {
    int size = to - from;
    switch (type) {
      case 'C':
        CommandComplete same = CommandComplete.same(lastComplete, in, from, to);
        if (same == null) {
          same = (CommandComplete) BackendMessages.decode(type, in.slice(from, size));
          lastComplete = same;
        }
        return same;
      case 'Z':
        return size == 1 ? ReadyForQuery.of(in.getByte(from)) : null;
      case '1':
        return size == 0 ? ParseComplete.INSTANCE : null;
      case '2':
        return size == 0 ? BindComplete.INSTANCE : null;
      case 'n':
        return size == 0 ? NoData.INSTANCE : null;
      default:
        return null;
    }
  }

  /** The bytes received but not yet decoded: the start of a message still arriving. */
  int bufferedBytes() {
    return actualReadableBytes();
  }

  private PgProtocolException fail(ByteBuf in, PgProtocolException error) {
    failed = true;
    in.skipBytes(in.readableBytes());
    return error;
  }

  /**
   * Fires a protocol error as itself: {@link ByteToMessageDecoder} wraps whatever {@code decode}
   * throws in a {@link DecoderException}, which the connection would otherwise have to unwrap.
   */
  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (cause instanceof DecoderException && cause.getCause() instanceof PgProtocolException e) {
      ctx.fireExceptionCaught(e);
    } else {
      ctx.fireExceptionCaught(cause);
    }
  }
}
