package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Types of the server's internals that read as their text form, a String, but travel in binary:
 * {@code xid} and {@code cid} (uint32), {@code xid8} (uint64, PostgreSQL 13+), {@code tid} (uint32
 * block, uint16 offset: {@code (0,1)}) and {@code pg_lsn} (uint64: {@code 16/B374D848}). Decoding
 * binary renders exactly the text the server's output function writes, so both formats give the
 * same String.
 *
 * <p>A String in that canonical form is sent in binary; any other String (the server's inputs take
 * more: {@code 0x10} for an xid, spaces in a tid) travels as text for the server to parse.
 *
 * <p>The reg* types ({@code regclass}...) stay text only: their binary form is a bare OID, and
 * their text a name that only the server's catalog can give.
 */
final class SystemIdCodecs {

  private SystemIdCodecs() {}

  static List<BaseCodec<String>> all() {
    return List.of(
        new Unsigned("xid", 28, 1011, 4),
        new Unsigned("cid", 29, 1012, 4),
        new Unsigned("xid8", 5069, 271, 8),
        new Tid(),
        new PgLsn());
  }

  /** What the codecs share: a String in both formats, binary only for canonical text. */
  private abstract static class Canonical extends BaseCodec<String> {

    Canonical(String name, int oid, int arrayOid) {
      super(name, oid, arrayOid, String.class);
    }

    /** Writes the binary form of canonical text; false (writing nothing) for other text. */
    abstract boolean write(String text, ByteBuf out);

    @Override
    public boolean canEncode(Object value) {
      return value instanceof CharSequence s && write(s.toString(), null);
    }

    @Override
    public String coerce(Object value) {
      if (!(value instanceof CharSequence)) {
        throw cannotEncode(value);
      }
      return value.toString();
    }

    @Override
    public void encodeBinary(String value, ByteBuf out) {
      if (!write(value, out)) {
        throw doesNotFit(value, "not in the form the server writes");
      }
    }

    @Override
    public String encodeText(String value) {
      return value;
    }

    @Override
    public String decodeText(ByteBuf buf, int index, int length) {
      return utf8(buf, index, length);
    }
  }

  /** {@code xid}, {@code cid}: uint32; {@code xid8}: uint64; text in decimal. */
  static final class Unsigned extends Canonical {
    private static final Pattern DECIMAL = Pattern.compile("0|[1-9][0-9]{0,19}");
    private final int width;

    Unsigned(String name, int oid, int arrayOid, int width) {
      super(name, oid, arrayOid);
      this.width = width;
    }

    @Override
    boolean write(String text, ByteBuf out) {
      if (!DECIMAL.matcher(text).matches()) {
        return false;
      }
      long value;
      try {
        value = Long.parseUnsignedLong(text);
      } catch (NumberFormatException e) {
        return false;
      }
      if (width == 4 && (value >>> 32) != 0) {
        return false;
      }
      if (out != null) {
        if (width == 4) {
          out.writeInt((int) value);
        } else {
          out.writeLong(value);
        }
      }
      return true;
    }

    @Override
    public String decodeBinary(ByteBuf buf, int index, int length) {
      checkLength(length, width);
      return width == 4
          ? Long.toString(buf.getUnsignedInt(index))
          : Long.toUnsignedString(buf.getLong(index));
    }
  }

  /*
   * Binary layout (tidsend): uint32 block number | uint16 offset number. Text: (block,offset).
   */
  /** {@code tid}, a row's physical location. */
  static final class Tid extends Canonical {
    private static final Pattern TEXT =
        Pattern.compile("\\((0|[1-9][0-9]{0,9}),(0|[1-9][0-9]{0,4})\\)");

    Tid() {
      super("tid", 27, 1010);
    }

    @Override
    boolean write(String text, ByteBuf out) {
      Matcher m = TEXT.matcher(text);
      if (!m.matches()) {
        return false;
      }
      long block = Long.parseLong(m.group(1));
      int offset = Integer.parseInt(m.group(2));
      if (block > 0xFFFF_FFFFL || offset > 0xFFFF) {
        return false;
      }
      if (out != null) {
        out.writeInt((int) block).writeShort(offset);
      }
      return true;
    }

    @Override
    public String decodeBinary(ByteBuf buf, int index, int length) {
      checkLength(length, 6);
      return "(" + buf.getUnsignedInt(index) + "," + buf.getUnsignedShort(index + 4) + ")";
    }
  }

  /*
   * Binary layout (pg_lsn_send): uint64. Text: the high and low 32 bits in upper-case hex, without
   * leading zeros, separated by a slash.
   */
  /** {@code pg_lsn}, a position in the write-ahead log. */
  static final class PgLsn extends Canonical {
    private static final Pattern TEXT = Pattern.compile("([0-9A-F]{1,8})/([0-9A-F]{1,8})");

    PgLsn() {
      super("pg_lsn", 3220, 3221);
    }

    @Override
    boolean write(String text, ByteBuf out) {
      Matcher m = TEXT.matcher(text);
      if (!m.matches()
          || (m.group(1).length() > 1 && m.group(1).charAt(0) == '0')
          || (m.group(2).length() > 1 && m.group(2).charAt(0) == '0')) {
        return false;
      }
      if (out != null) {
        out.writeInt((int) Long.parseLong(m.group(1), 16))
            .writeInt((int) Long.parseLong(m.group(2), 16));
      }
      return true;
    }

    @Override
    public String decodeBinary(ByteBuf buf, int index, int length) {
      checkLength(length, 8);
      return Long.toHexString(buf.getUnsignedInt(index)).toUpperCase(java.util.Locale.ROOT)
          + "/"
          + Long.toHexString(buf.getUnsignedInt(index + 4)).toUpperCase(java.util.Locale.ROOT);
    }
  }
}
