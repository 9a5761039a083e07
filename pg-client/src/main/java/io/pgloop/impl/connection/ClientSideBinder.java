package io.pgloop.impl.connection;

import io.pgloop.Tuple;
import io.pgloop.impl.codec.CodecRegistry;

/**
 * Client-side binding: replaces the {@code $1, $2, ...} placeholders of a statement by the SQL
 * literals of its parameters ({@link SqlLiteral}), for the simple protocol.
 *
 * <p>A {@code $n} is a placeholder only where the server's lexer would see one: not inside a string
 * literal ({@code '...'}, {@code E'...'}, {@code U&'...'}, and {@code '...'} read with backslash
 * escapes when {@code standard_conforming_strings} is off), a dollar-quoted string ({@code
 * $tag$...$tag$}), a quoted identifier ({@code "..."}), a comment ({@code -- ...} to the end of the
 * line, nested {@code /* ... *}{@code /}), nor inside a word ({@code a$1} is an identifier). A
 * literal followed directly by a letter or digit gets a space after it, so it cannot merge with the
 * next word.
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
      char c = sql.charAt(i);
      int end;
      if (c == '-' && at(sql, i + 1, '-')) {
        int newline = sql.indexOf('\n', i);
        end = newline < 0 ? n : newline + 1;
      } else if (c == '/' && at(sql, i + 1, '*')) {
        end = endOfBlockComment(sql, i);
      } else if (c == '\'') {
        end = endOfString(sql, i, !standardConformingStrings);
      } else if (c == '"') {
        end = endOfQuoted(sql, i, '"');
      } else if (isWordStart(c)) {
        end = endOfWord(sql, i);
        if (at(sql, end, '\'')) {
          boolean escapes =
              end - i == 1 && (c == 'E' || c == 'e') ? true : !standardConformingStrings;
          end = endOfString(sql, end, escapes);
        }
      } else if (c == '$' && i + 1 < n && isDigit(sql.charAt(i + 1))) {
        end = i + 1;
        while (end < n && isDigit(sql.charAt(end))) {
          end++;
        }
        out.append(literal(sql.substring(i + 1, end), parameters, codecs));
        if (end < n && isWordPart(sql.charAt(end))) {
          out.append(' ');
        }
        i = end;
        continue;
      } else if (c == '$') {
        end = endOfDollarQuoted(sql, i);
      } else if (isDigit(c)) {
        // A number, with what the lexer would glue to it: 1$1 is no placeholder.
        end = endOfWord(sql, i);
      } else {
        end = i + 1;
      }
      out.append(sql, i, end);
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

  private static boolean at(String sql, int index, char c) {
    return index < sql.length() && sql.charAt(index) == c;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isWordStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
  }

  private static boolean isWordPart(char c) {
    return isWordStart(c) || isDigit(c) || c == '$';
  }

  private static int endOfWord(String sql, int start) {
    int i = start + 1;
    while (i < sql.length() && isWordPart(sql.charAt(i))) {
      i++;
    }
    // U&'...' and U&"..." are a string and an identifier: keep the & with the U.
    if (i - start == 1
        && (sql.charAt(start) == 'U' || sql.charAt(start) == 'u')
        && at(sql, i, '&')
        && (at(sql, i + 1, '\'') || at(sql, i + 1, '"'))) {
      i++;
      if (at(sql, i, '"')) {
        return endOfQuoted(sql, i, '"');
      }
    }
    return i;
  }

  /** The index after the string opened at {@code start}; the end of the text if unterminated. */
  private static int endOfString(String sql, int start, boolean backslashEscapes) {
    int i = start + 1;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '\\' && backslashEscapes) {
        i += 2;
      } else if (c == '\'') {
        if (!at(sql, i + 1, '\'')) {
          return i + 1;
        }
        i += 2;
      } else {
        i++;
      }
    }
    return n;
  }

  private static int endOfQuoted(String sql, int start, char quote) {
    int i = start + 1;
    int n = sql.length();
    while (i < n) {
      if (sql.charAt(i) == quote) {
        if (!at(sql, i + 1, quote)) {
          return i + 1;
        }
        i += 2;
      } else {
        i++;
      }
    }
    return n;
  }

  private static int endOfBlockComment(String sql, int start) {
    int depth = 0;
    int i = start;
    int n = sql.length();
    while (i < n) {
      if (sql.startsWith("/*", i)) {
        depth++;
        i += 2;
      } else if (sql.startsWith("*/", i)) {
        i += 2;
        if (--depth == 0) {
          return i;
        }
      } else {
        i++;
      }
    }
    return n;
  }

  /**
   * After a {@code $} that starts no placeholder: a dollar-quoted string, or the lone {@code $}.
   */
  private static int endOfDollarQuoted(String sql, int start) {
    int i = start + 1;
    int n = sql.length();
    if (i < n && isWordStart(sql.charAt(i))) {
      i++;
      while (i < n && (isWordStart(sql.charAt(i)) || isDigit(sql.charAt(i)))) {
        i++;
      }
    }
    if (!at(sql, i, '$')) {
      return start + 1;
    }
    String tag = sql.substring(start, i + 1);
    int close = sql.indexOf(tag, i + 1);
    return close < 0 ? n : close + tag.length();
  }
}
