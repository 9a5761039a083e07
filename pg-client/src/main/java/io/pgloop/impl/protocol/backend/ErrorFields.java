package io.pgloop.impl.protocol.backend;

import io.netty.buffer.ByteBuf;
import java.io.Serializable;
import java.util.Map;

/**
 * The fields of an ErrorResponse or NoticeResponse, as the server sent them (absent fields are
 * null). Numbers ({@code position}, {@code internalPosition}, {@code line}) stay the strings the
 * server sent; {@link io.pgloop.PgException} parses what it exposes as numbers.
 *
 * @param localizedSeverity S: the severity in the server's message language
 * @param severity V: the severity, never localized (9.6 and later)
 * @param sqlState C: the SQLSTATE code
 * @param message M: the primary message
 * @param detail D: the detail message
 * @param hint H: the hint
 * @param position P: the 1-based character position in the query string
 * @param internalPosition p: the position in an internally generated query
 * @param internalQuery q: the internally generated query
 * @param where W: the context (call stack) of the error
 * @param schema s: the schema of the object involved
 * @param table t: the table involved
 * @param column c: the column involved
 * @param dataType d: the data type involved
 * @param constraint n: the constraint involved
 * @param file F: the server source file that reported the error
 * @param line L: the line in that file
 * @param routine R: the server routine that reported the error
 */
public record ErrorFields(
    String localizedSeverity,
    String severity,
    String sqlState,
    String message,
    String detail,
    String hint,
    String position,
    String internalPosition,
    String internalQuery,
    String where,
    String schema,
    String table,
    String column,
    String dataType,
    String constraint,
    String file,
    String line,
    String routine)
    implements Serializable {

  /** The field codes in the order of this record's components. */
  private static final String CODES = "SVCMDHPpqWstcdnFLR";

  /**
   * Fields from a map of field codes to values, for fields built outside the protocol (tests,
   * client-side errors). Unknown codes are ignored.
   */
  public static ErrorFields of(Map<Character, String> fields) {
    String[] values = new String[CODES.length()];
    fields.forEach(
        (code, value) -> {
          int index = CODES.indexOf(code);
          if (index >= 0) {
            values[index] = value;
          }
        });
    return of(values);
  }

  /** Fields of an error the client raised itself: only severity, SQLSTATE and message. */
  public static ErrorFields client(String severity, String sqlState, String message) {
    return new ErrorFields(
        null, severity, sqlState, message, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null);
  }

  /*
   * ErrorResponse / NoticeResponse body:
   *   { Byte1 code, String value }*  Byte1 0
   * The protocol asks clients to ignore codes they do not know: newer servers may add some.
   */
  static ErrorFields decode(ByteBuf payload) {
    String[] values = new String[CODES.length()];
    byte code;
    while ((code = payload.readByte()) != 0) {
      String value = Payloads.readCString(payload, "error field");
      int index = CODES.indexOf(code);
      if (index >= 0) {
        values[index] = value;
      }
    }
    return of(values);
  }

  private static ErrorFields of(String[] v) {
    return new ErrorFields(
        v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13],
        v[14], v[15], v[16], v[17]);
  }
}
