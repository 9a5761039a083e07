package io.pgloop.impl.cursor;

import io.pgloop.CursorOptions;
import io.pgloop.FetchDirection;
import java.nio.charset.StandardCharsets;

/** The SQL of named cursors: DECLARE, FETCH, MOVE and CLOSE, with the name quoted. */
final class CursorSql {

  /** PostgreSQL's longest identifier, in bytes (NAMEDATALEN - 1); longer ones are truncated. */
  static final int MAX_NAME_BYTES = 63;

  private CursorSql() {}

  /**
   * {@code name} as a quoted identifier: in double quotes, each double quote doubled. Quoting keeps
   * any name safe and exact (case, spaces, keywords).
   *
   * @throws IllegalArgumentException when the name is empty, holds a NUL character (which no
   *     identifier can) or is longer than 63 bytes in UTF-8 (the server would truncate it, and two
   *     long names could then name one cursor)
   */
  static String quote(String name) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("a cursor name must not be empty");
    }
    if (name.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(
          "cursor name \"" + name.replace("\0", "\\0") + "\" holds a NUL character");
    }
    int bytes = name.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_NAME_BYTES) {
      throw new IllegalArgumentException(
          "cursor name \""
              + name
              + "\" is "
              + bytes
              + " bytes long; PostgreSQL names hold at most "
              + MAX_NAME_BYTES);
    }
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  /** {@code DECLARE "name" [NO] SCROLL CURSOR {WITH | WITHOUT} HOLD FOR sql}. */
  static String declare(String quotedName, String sql, CursorOptions options) {
    StringBuilder out = new StringBuilder(sql.length() + 64).append("DECLARE ").append(quotedName);
    if (options.getScroll() != null) {
      out.append(options.getScroll() ? " SCROLL" : " NO SCROLL");
    }
    out.append(" CURSOR ").append(options.isWithHold() ? "WITH HOLD" : "WITHOUT HOLD");
    return out.append(" FOR ").append(sql).toString();
  }

  /**
   * {@code FETCH direction [count] FROM "name"}, or MOVE.
   *
   * @param count the count, for a direction that takes one; ignored otherwise
   */
  static String position(String verb, FetchDirection direction, long count, String quotedName) {
    StringBuilder out = new StringBuilder(48).append(verb).append(' ').append(direction.sql());
    if (direction.takesCount()) {
      out.append(' ').append(count);
    }
    return out.append(" FROM ").append(quotedName).toString();
  }
}
