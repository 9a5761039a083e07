package io.pgloop.impl.copy;

import io.netty.buffer.ByteBuf;
import io.pgloop.impl.codec.CodecRegistry;
import java.nio.charset.StandardCharsets;

/**
 * Rows in COPY's binary format, each value in its type's binary form (the server does not convert
 * binary data: the type must be the column's).
 *
 * <pre>
 * header:  "PGCOPY\n\377\r\n\0" | Int32 flags (0) | Int32 header extension length (0)
 * row:     Int16 n | n x { Int32 length (-1 = NULL) | Byte(length) value }
 * trailer: Int16 -1
 * </pre>
 *
 * The header goes before the first row and the trailer at the end, only if a row was written.
 */
final class BinaryRowFormat extends RowFormat {

  /** The 11-byte signature that opens a binary COPY. */
  static final byte[] SIGNATURE = "PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1);

  /** Rows completely written: the header goes with the first, even after a failed one. */
  private long rows;

  BinaryRowFormat(CodecRegistry codecs, int[] declaredOids) {
    super(codecs, declaredOids);
  }

  @Override
  void beginRow(int columns, ByteBuf out) {
    if (rows == 0) {
      out.writeBytes(SIGNATURE).writeInt(0).writeInt(0);
    }
    out.writeShort(columns);
  }

  @Override
  void writeValue(int column, Object value, int oid, ByteBuf out) {
    if (value == null) {
      out.writeInt(-1);
      return;
    }
    int lengthIndex = out.writerIndex();
    out.writeInt(0);
    if (oid != 0) {
      codecs.encodeParameter(value, oid, true, out);
    } else if (value instanceof CharSequence
        || value instanceof Enum
        || value instanceof Character) {
      // The binary form of text, varchar, bpchar and enums is their UTF-8 text.
      codecs.encodeParameter(value, 0, false, out);
    } else {
      throw new IllegalArgumentException(
          "cannot tell the binary type of "
              + value.getClass().getName()
              + ": declare the column types with types()");
    }
    out.setInt(lengthIndex, out.writerIndex() - lengthIndex - 4);
  }

  @Override
  void endRow(ByteBuf out) {
    rows++;
  }

  @Override
  public void finish(ByteBuf out) {
    if (rows > 0) {
      out.writeShort(-1);
    }
  }
}
