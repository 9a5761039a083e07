package io.pgloop.impl.copy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.pgloop.impl.codec.CodecRegistry;

/**
 * Rows in COPY's text format: values in their types' text forms separated by tabs, {@code \N} for
 * NULL, a newline after each row. In a value, a backslash, tab, newline or carriage return is
 * escaped with a backslash ({@code \\}, {@code \t}, {@code \n}, {@code \r}), which is all that the
 * server's COPY FROM needs with the default delimiter.
 */
final class TextRowFormat extends RowFormat {

  /** Holds a value's text before it is escaped into the data; grows to the largest value. */
  private final ByteBuf scratch = Unpooled.buffer(64);

  TextRowFormat(CodecRegistry codecs, int[] declaredOids) {
    super(codecs, declaredOids);
  }

  @Override
  void beginRow(int columns, ByteBuf out) {}

  @Override
  void writeValue(int column, Object value, int oid, ByteBuf out) {
    if (column > 0) {
      out.writeByte('\t');
    }
    if (value == null) {
      out.writeByte('\\').writeByte('N');
      return;
    }
    scratch.clear();
    codecs.encodeParameter(value, oid, false, scratch);
    escape(scratch, out);
  }

  @Override
  void endRow(ByteBuf out) {
    out.writeByte('\n');
  }

  @Override
  public void finish(ByteBuf out) {}

  /**
   * Appends the readable bytes of {@code text} (UTF-8) with COPY's escapes. Working on bytes is
   * safe: in UTF-8 no byte of a multi-byte character is below 0x80.
   */
  static void escape(ByteBuf text, ByteBuf out) {
    int from = text.readerIndex();
    int end = text.writerIndex();
    for (int i = from; i < end; i++) {
      byte escaped =
          switch (text.getByte(i)) {
            case '\\' -> '\\';
            case '\t' -> 't';
            case '\n' -> 'n';
            case '\r' -> 'r';
            default -> 0;
          };
      if (escaped != 0) {
        out.writeBytes(text, from, i - from).writeByte('\\').writeByte(escaped);
        from = i + 1;
      }
    }
    out.writeBytes(text, from, end - from);
  }
}
