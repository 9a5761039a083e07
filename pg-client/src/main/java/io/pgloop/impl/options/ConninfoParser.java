package io.pgloop.impl.options;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses libpq's {@code key=value} connection strings.
 *
 * <pre>
 * host=db1  port = 5433 dbname=app password='it\'s secret' options=-c\ geqo=off
 * </pre>
 *
 * Pairs are separated by whitespace; whitespace around {@code =} is allowed. A value in single
 * quotes may hold whitespace; inside or outside quotes a backslash takes the next character
 * literally. A key given twice keeps its last value.
 */
public final class ConninfoParser {

  private ConninfoParser() {}

  /**
   * The keys and values of {@code conninfo}, keys in their canonical spelling, in order.
   *
   * @throws IllegalArgumentException with libpq's texts: {@code missing "=" after "host" in
   *     connection info string}, {@code unterminated quoted string in connection info string},
   *     {@code invalid connection option "foo"}
   */
  public static Map<String, String> parse(String conninfo) {
    Map<String, String> out = new LinkedHashMap<>();
    String s = conninfo;
    int n = s.length();
    int i = 0;
    while (i < n) {
      if (isSpace(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && s.charAt(i) != '=' && !isSpace(s.charAt(i))) {
        i++;
      }
      String key = s.substring(start, i);
      i = skipSpaces(s, i);
      if (i >= n || s.charAt(i) != '=') {
        throw new IllegalArgumentException(
            "missing \"=\" after \"" + key + "\" in connection info string");
      }
      i = skipSpaces(s, i + 1);
      StringBuilder value = new StringBuilder();
      if (i < n && s.charAt(i) == '\'') {
        i++;
        while (true) {
          if (i >= n) {
            throw new IllegalArgumentException(
                "unterminated quoted string in connection info string");
          }
          char c = s.charAt(i++);
          if (c == '\\') {
            if (i < n) {
              value.append(s.charAt(i++));
            }
          } else if (c == '\'') {
            break;
          } else {
            value.append(c);
          }
        }
      } else {
        while (i < n && !isSpace(s.charAt(i))) {
          char c = s.charAt(i++);
          if (c == '\\') {
            if (i < n) {
              value.append(s.charAt(i++));
            }
          } else {
            value.append(c);
          }
        }
      }
      Keyword.store(out, key, value.toString(), "invalid connection option \"" + key + "\"");
    }
    return out;
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  // C's isspace() in the "C" locale, which libpq uses.
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
  }
}
