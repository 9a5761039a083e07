package io.pgloop.impl.connection;

import io.pgloop.Tuple;
import io.pgloop.impl.codec.CodecRegistry;

/**
 * Client-side binding: replaces the {@code $1, $2, ...} placeholders of a statement by the SQL
 * literals of its parameters ({@link SqlLiteral}), for the simple protocol.
 *
 * <p>A {@code $n} is a placeholder only where the server's lexer would see one ({@link SqlLexer}):
 * not inside a string literal, a dollar-quoted string, a quoted identifier, a comment, nor inside a
 * word ({@code a$1} is an identifier). A literal followed directly by a letter or digit gets a
 * space after it, so it cannot merge with the next word.
 *
 * <p>Stateless; callers pass what the connection knows.
 */
final class ClientSideBinder {

  private ClientSideBinder() {}

  /**
   * The statement with its placeholders replaced.
   *
   * @param standardConformingStrings the server's {@code standard_conforming_strings}: whether a
   *     plain {@code '...'} treats backslashes literally, which decides where such a string ends
   * @throws IllegalArgumentException when the statement refers to a parameter the tuple lacks
   *     ({@code the statement refers to $3, the tuple has 2 parameters}) or a value cannot be
   *     rendered ({@code parameter $1: cannot bind java.net.URL: no codec accepts it})
   */
  static String bind(
      String sql, Tuple parameters, CodecRegistry codecs, boolean standardConformingStrings) {
    StringBuilder out = new StringBuilder(sql.length() + 16 * parameters.size());
    int n = sql.length();
    int i = 0;
    while (i < n) {
      int end = SqlLexer.endOfToken(sql, i, standardConformingStrings);
      if (SqlLexer.isPlaceholder(sql, i, end)) {
        out.append(literal(sql.substring(i + 1, end), parameters, codecs));
        if (end < n && SqlLexer.isWordPart(sql.charAt(end))) {
          out.append(' ');
        }
      } else {
        out.append(sql, i, end);
      }
      i = end;
    }
    return out.toString();
  }

  private static String literal(String digits, Tuple parameters, CodecRegistry codecs) {
    int index;
    try {
      index = Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      index = Integer.MAX_VALUE;
    }
    if (index < 1 || index > parameters.size()) {
      throw new IllegalArgumentException(
          "the statement refers to $"
              + digits
              + ", the tuple has "
              + parameters.size()
              + " parameters");
    }
    try {
      return SqlLiteral.render(parameters.getValue(index - 1), codecs);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("parameter $" + index + ": " + e.getMessage(), e);
    }
  }
}
