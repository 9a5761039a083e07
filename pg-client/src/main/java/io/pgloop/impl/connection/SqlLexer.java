package io.pgloop.impl.connection;

/**
 * Splits SQL text into the tokens the server's lexer would see, as far as pgloop needs: where a
 * string literal ({@code '...'}, {@code E'...'}, {@code U&'...'}, and {@code '...'} read with
 * backslash escapes when {@code standard_conforming_strings} is off), a dollar-quoted string
 * ({@code $tag$...$tag$}), a quoted identifier ({@code "..."}), a comment ({@code -- ...} to the
 * end of the line, nested {@code /* ... *}{@code /}), a word, a number or a placeholder ({@code
 * $n}) ends. Any other character is a token of its own. An unterminated string or comment runs to
 * the end of the text.
 *
 * <p>Stateless.
 */
final class SqlLexer {

  private SqlLexer() {}

  /**
   * The index after the token that starts at {@code start}.
   *
   * @param standardConformingStrings the server's {@code standard_conforming_strings}: whether a
   *     plain {@code '...'} treats backslashes literally, which decides where such a string ends
   */
  static int endOfToken(String sql, int start, boolean standardConformingStrings) {
    char c = sql.charAt(start);
    if (c == '-' && at(sql, start + 1, '-')) {
      int newline = sql.indexOf('\n', start);
      return newline < 0 ? sql.length() : newline + 1;
    } else if (c == '/' && at(sql, start + 1, '*')) {
      return endOfBlockComment(sql, start);
    } else if (c == '\'') {
      return endOfString(sql, start, !standardConformingStrings);
    } else if (c == '"') {
      return endOfQuoted(sql, start, '"');
    } else if (isWordStart(c)) {
      int end = endOfWord(sql, start);
      if (at(sql, end, '\'')) {
        boolean escapes = end - start == 1 && (c == 'E' || c == 'e') || !standardConformingStrings;
        end = endOfString(sql, end, escapes);
      }
      return end;
    } else if (c == '$' && start + 1 < sql.length() && isDigit(sql.charAt(start + 1))) {
      int end = start + 1;
      while (end < sql.length() && isDigit(sql.charAt(end))) {
        end++;
      }
      return end;
    } else if (c == '$') {
      return endOfDollarQuoted(sql, start);
    } else if (isDigit(c)) {
      // A number, with what the lexer would glue to it: 1$1 is no placeholder.
      return endOfWord(sql, start);
    }
    return start + 1;
  }

  /** Whether the token from start to end is a placeholder {@code $n}. */
  static boolean isPlaceholder(String sql, int start, int end) {
    return end - start > 1 && sql.charAt(start) == '$' && isDigit(sql.charAt(start + 1));
  }

  /** Whether the token from start to end is whitespace or a comment: nothing the parser sees. */
  static boolean isBlank(String sql, int start, int end) {
    char c = sql.charAt(start);
    return Character.isWhitespace(c)
        || (end - start >= 2 && (sql.startsWith("--", start) || sql.startsWith("/*", start)));
  }

  /** Whether the token from start to end is the keyword or word given, in any case. */
  static boolean isWord(String sql, int start, int end, String word) {
    return end - start == word.length() && sql.regionMatches(true, start, word, 0, word.length());
  }

  /** Whether a character continues a word: a letter, a digit, {@code _} or {@code $}. */
  static boolean isWordPart(char c) {
    return isWordStart(c) || isDigit(c) || c == '$';
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
