package io.pgloop.impl.protocol.frontend;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes frontend messages straight into a caller's buffer: no message objects, strings encoded in
 * place, lengths reserved and backfilled. The connection writes a batch of messages into one buffer
 * and flushes it once.
 *
 * <p>Strings are UTF-8 and NUL-terminated. A string that contains a NUL character cannot be sent:
 * the method throws {@link IllegalArgumentException} naming the field, and leaves the buffer as it
 * was before the message. The methods hold no state: call them on the thread that owns the buffer.
 */
public final class FrontendMessages {

  /** The longest message a server reads, length field included (PQ_LARGE_MESSAGE_LIMIT). */
  private static final int MAX_LENGTH = 0x3FFFFFFF - 1;

  /** Protocol 3.0 in a StartupMessage. */
  public static final int PROTOCOL_3_0 = 196608;

  /** Protocol 3.2 in a StartupMessage (PostgreSQL 18 and later). */
  public static final int PROTOCOL_3_2 = 196610;

  /** The code of an SSLRequest. */
  public static final int SSL_REQUEST_CODE = 80877103;

  /** The code of a GSSENCRequest. */
  public static final int GSSENC_REQUEST_CODE = 80877104;

  /** The code of a CancelRequest. */
  public static final int CANCEL_REQUEST_CODE = 80877102;

  private FrontendMessages() {}

  // ---- Untyped messages: Int32 length | Int32 code | body; sent before or outside a session.

  /**
   * StartupMessage: {@code Int32 length | Int32 version | { String name | String value }* | 0}.
   *
   * @param protocolMinor the minor version requested of protocol 3: 0 or 2
   * @param params parameters such as {@code user}, {@code database}, {@code application_name}, and
   *     protocol options ({@code _pq_.*})
   * @throws IllegalArgumentException when a name or value contains a NUL
   */
  public static void startup(ByteBuf out, int protocolMinor, Map<String, String> params) {
    int start = out.writerIndex();
    out.writeInt(0);
    out.writeInt(3 << 16 | protocolMinor);
    for (Map.Entry<String, String> param : params.entrySet()) {
      writeCString(out, param.getKey(), start, "startup parameter name");
      writeCString(out, param.getValue(), start, "startup parameter " + param.getKey());
    }
    out.writeByte(0);
    out.setInt(start, out.writerIndex() - start);
  }

  /** SSLRequest: {@code Int32 8 | Int32 80877103}; the server answers one byte, 'S' or 'N'. */
  public static void sslRequest(ByteBuf out) {
    out.writeInt(8).writeInt(SSL_REQUEST_CODE);
  }

  /** GSSENCRequest: {@code Int32 8 | Int32 80877104}; the server answers 'G' or 'N'. */
  public static void gssEncRequest(ByteBuf out) {
    out.writeInt(8).writeInt(GSSENC_REQUEST_CODE);
  }

  /**
   * CancelRequest: {@code Int32 length | Int32 80877102 | Int32 process ID | Byte(n) key}, sent on
   * a new connection; the key is 4 bytes in protocol 3.0, up to 256 in 3.2.
   */
  public static void cancelRequest(ByteBuf out, int processId, byte[] secretKey) {
    out.writeInt(12 + secretKey.length).writeInt(CANCEL_REQUEST_CODE).writeInt(processId);
    out.writeBytes(secretKey);
  }

  // ---- Typed messages: Byte1 type | Int32 length (counts itself) | body.

  /**
   * PasswordMessage ('p'): {@code String password}, the cleartext password or the {@code md5...}
   * hash.
   */
  public static void password(ByteBuf out, String password) {
    int start = begin(out, 'p');
    writeCString(out, password, start, "password");
    end(out, start);
  }

  /**
   * SASLInitialResponse ('p'): {@code String mechanism | Int32 length (-1 = none) | Byte(n) data}.
   *
   * @param data the mechanism's initial response (for SCRAM, the client-first-message), or null
   */
  public static void saslInitialResponse(ByteBuf out, String mechanism, byte[] data) {
    int start = begin(out, 'p');
    writeCString(out, mechanism, start, "SASL mechanism");
    if (data == null) {
      out.writeInt(-1);
    } else {
      out.writeInt(data.length).writeBytes(data);
    }
    end(out, start);
  }

  /** SASLResponse ('p'): {@code Byte(n) data} (for SCRAM, the client-final-message). */
  public static void saslResponse(ByteBuf out, byte[] data) {
    out.writeByte('p').writeInt(4 + data.length).writeBytes(data);
  }

  /** Query ('Q'): {@code String sql}, run with the simple query protocol. */
  public static void query(ByteBuf out, String sql) {
    int start = begin(out, 'Q');
    writeCString(out, sql, start, "SQL text");
    end(out, start);
  }

  /**
   * Parse ('P'): {@code String statement | String sql | Int16 n | n x Int32 type OID}.
   *
   * @param statementName the statement's name, empty for the unnamed statement
   * @param paramTypeOids the parameter types, 0 to let the server infer one; null for none
   */
  public static void parse(ByteBuf out, String statementName, String sql, int[] paramTypeOids) {
    int start = begin(out, 'P');
    writeCString(out, statementName, start, "statement name");
    writeCString(out, sql, start, "SQL text");
    int count = paramTypeOids == null ? 0 : paramTypeOids.length;
    writeCount(out, count, start, "parameter types");
    for (int i = 0; i < count; i++) {
      out.writeInt(paramTypeOids[i]);
    }
    end(out, start);
  }

  /**
   * Bind ('B'):
   *
   * <pre>
   *   String portal | String statement
   *   | Int16 n | n x Int16 parameter format
   *   | Int16 m | m x { Int32 length (-1 = NULL) | Byte(length) value }
   *   | Int16 r | r x Int16 result format
   * </pre>
   *
   * Each value is written by {@code params} straight into {@code out}; its length is reserved
   * before and backfilled after. If {@code params} throws, the buffer is restored to where the Bind
   * started and the exception propagates, so that only this command fails.
   *
   * @param paramFormats one format for all parameters, one per parameter, or null or empty for all
   *     text
   * @param paramCount the number of parameters
   * @param params writes each value; may be null when {@code paramCount} is 0
   * @param resultFormats one format for all result columns, one per column, or null or empty for
   *     all text
   */
  public static void bind(
      ByteBuf out,
      String portal,
      String statement,
      short[] paramFormats,
      int paramCount,
      ParameterWriter params,
      short[] resultFormats) {
    int start = begin(out, 'B');
    writeCString(out, portal, start, "portal name");
    writeCString(out, statement, start, "statement name");
    writeFormats(out, paramFormats, start, "parameter formats");
    writeCount(out, paramCount, start, "parameters");
    try {
      for (int i = 0; i < paramCount; i++) {
        int lengthIndex = out.writerIndex();
        out.writeInt(0);
        if (params.write(i, out)) {
          out.setInt(lengthIndex, out.writerIndex() - lengthIndex - 4);
        } else {
          out.writerIndex(lengthIndex).writeInt(-1);
        }
      }
    } catch (RuntimeException | Error e) {
      out.writerIndex(start);
      throw e;
    }
    writeFormats(out, resultFormats, start, "result formats");
    end(out, start);
  }

  /** Describe ('D'): {@code Byte1 'S' or 'P' | String name}. */
  public static void describe(ByteBuf out, char kind, String name) {
    int start = begin(out, 'D');
    writeKind(out, kind, start);
    writeCString(out, name, start, kind == 'S' ? "statement name" : "portal name");
    end(out, start);
  }

  /**
   * Execute ('E'): {@code String portal | Int32 max rows}.
   *
   * @param maxRows the most rows to return before PortalSuspended; 0 for all
   */
  public static void execute(ByteBuf out, String portal, int maxRows) {
    int start = begin(out, 'E');
    writeCString(out, portal, start, "portal name");
    out.writeInt(maxRows);
    end(out, start);
  }

  /** Close ('C'): {@code Byte1 'S' or 'P' | String name}. */
  public static void close(ByteBuf out, char kind, String name) {
    int start = begin(out, 'C');
    writeKind(out, kind, start);
    writeCString(out, name, start, kind == 'S' ? "statement name" : "portal name");
    end(out, start);
  }

  /** Sync ('S'): ends an extended-query cycle; the server answers ReadyForQuery. */
  public static void sync(ByteBuf out) {
    out.writeByte('S').writeInt(4);
  }

  /** Flush ('H'): asks the server to send what it has buffered, without ending the cycle. */
  public static void flush(ByteBuf out) {
    out.writeByte('H').writeInt(4);
  }

  /** Terminate ('X'): ends the session; the server closes the connection. */
  public static void terminate(ByteBuf out) {
    out.writeByte('X').writeInt(4);
  }

  /**
   * CopyData ('d'): {@code Byte(n) data}, the readable bytes of {@code data}. Neither the reader
   * index nor the ownership of {@code data} changes.
   */
  public static void copyData(ByteBuf out, ByteBuf data) {
    int length = data.readableBytes();
    copyDataHeader(out, length);
    out.writeBytes(data, data.readerIndex(), length);
  }

  /**
   * The 5-byte header of a CopyData carrying {@code dataLength} bytes, for data too large to copy
   * into {@code out}: the caller writes the data itself right after.
   */
  public static void copyDataHeader(ByteBuf out, int dataLength) {
    out.writeByte('d').writeInt(4 + dataLength);
  }

  /** CopyDone ('c'): the client has sent all of its COPY data. */
  public static void copyDone(ByteBuf out) {
    out.writeByte('c').writeInt(4);
  }

  /** CopyFail ('f'): {@code String message}; aborts a COPY FROM STDIN with this error text. */
  public static void copyFail(ByteBuf out, String message) {
    int start = begin(out, 'f');
    writeCString(out, message, start, "copy failure message");
    end(out, start);
  }

  /** Writes the type and a length placeholder; returns where the message starts. */
  private static int begin(ByteBuf out, char type) {
    int start = out.writerIndex();
    out.writeByte(type).writeInt(0);
    return start;
  }

  /** Backfills the length of the typed message that starts at {@code start}. */
  /**
   * Fills in the length, refusing a message over the server's PQ_LARGE_MESSAGE_LIMIT: the server
   * would close the connection on it, and here only this message's command fails.
   */
  private static void end(ByteBuf out, int start) {
    int length = out.writerIndex() - start - 1;
    if (length > MAX_LENGTH) {
      char type = (char) out.getByte(start);
      out.writerIndex(start);
      throw new IllegalArgumentException(
          "a message '" + type + "' of " + length + " bytes is over the 1 GiB a server accepts");
    }
    out.setInt(start + 1, length);
  }

  /**
   * Writes {@code value} as UTF-8 and a NUL. A NUL inside would end the string early on the server,
   * so it is refused; it is looked for in the bytes just written, where UTF-8 makes a 0 byte mean
   * U+0000 and nothing else, which costs less than scanning the chars first.
   */
  private static void writeCString(ByteBuf out, String value, int messageStart, String field) {
    int from = out.writerIndex();
    out.writeCharSequence(value, StandardCharsets.UTF_8);
    if (out.indexOf(from, out.writerIndex(), (byte) 0) >= 0) {
      out.writerIndex(messageStart);
      throw new IllegalArgumentException(field + " contains a NUL character");
    }
    out.writeByte(0);
  }

  private static void writeCount(ByteBuf out, int count, int messageStart, String field) {
    if (count < 0 || count > 0xFFFF) {
      out.writerIndex(messageStart);
      throw new IllegalArgumentException(
          "number of " + field + " is " + count + ", outside the protocol's 0..65535");
    }
    out.writeShort(count);
  }

  private static void writeFormats(ByteBuf out, short[] formats, int messageStart, String field) {
    int count = formats == null ? 0 : formats.length;
    writeCount(out, count, messageStart, field);
    for (int i = 0; i < count; i++) {
      out.writeShort(formats[i]);
    }
  }

  private static void writeKind(ByteBuf out, char kind, int messageStart) {
    if (kind != 'S' && kind != 'P') {
      out.writerIndex(messageStart);
      throw new IllegalArgumentException("kind must be 'S' or 'P', got '" + kind + "'");
    }
    out.writeByte(kind);
  }
}
