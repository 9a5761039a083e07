package io.pgloop.impl.codec;

import java.util.Arrays;
import java.util.function.Function;

/**
 * The text form of arrays, as array_in reads and array_out writes it:
 *
 * <pre>
 *   [ '[' lower ':' upper ']' ... '=' ]   dimension decoration, only when a lower bound is not 1
 *   '{' item (delim item)* '}'            an item is an element or a nested '{...}'
 *   element: NULL | bare text | '"' text with \" and \\ escaped '"'
 * </pre>
 *
 * An element is quoted when it is empty, reads {@code NULL} in any case, or holds a quote, a
 * backslash, a brace, the delimiter or white space; a quoted {@code "NULL"} is the string, a bare
 * NULL is SQL NULL.
 */
final class ArrayText {

  private ArrayText() {}

  /** Renders a shape, each non-null element as {@code text} gives it. */
  static String format(ArrayShape shape, char delim, Function<Object, String> text) {
    StringBuilder sb = new StringBuilder();
    int[] dims = shape.dims();
    if (dims.length == 0) {
      return "{}";
    }
    int[] lower = shape.lowerBounds();
    if (Arrays.stream(lower).anyMatch(b -> b != 1)) {
      for (int d = 0; d < dims.length; d++) {
        sb.append('[').append(lower[d]).append(':').append(lower[d] + dims[d] - 1).append(']');
      }
      sb.append('=');
    }
    int[] at = {0};
    formatLevel(sb, shape, 0, at, delim, text);
    return sb.toString();
  }

  private static void formatLevel(
      StringBuilder sb,
      ArrayShape shape,
      int depth,
      int[] at,
      char delim,
      Function<Object, String> text) {
    sb.append('{');
    for (int i = 0; i < shape.dims()[depth]; i++) {
      if (i > 0) {
        sb.append(delim);
      }
      if (depth < shape.dims().length - 1) {
        formatLevel(sb, shape, depth + 1, at, delim, text);
      } else {
        Object element = shape.elements()[at[0]++];
        appendElement(sb, element == null ? null : text.apply(element), delim);
      }
    }
    sb.append('}');
  }

  private static void appendElement(StringBuilder sb, String s, char delim) {
    if (s == null) {
      sb.append("NULL");
      return;
    }
    if (!needsQuotes(s, delim)) {
      sb.append(s);
      return;
    }
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\');
      }
      sb.append(c);
    }
    sb.append('"');
  }

  private static boolean needsQuotes(String s, char delim) {
    if (s.isEmpty() || s.equalsIgnoreCase("NULL")) {
      return true;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\' || c == '{' || c == '}' || c == delim || isSpace(c)) {
        return true;
      }
    }
    return false;
  }

  /** White space as array_in's scanner sees it (scanner_isspace). */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000b' || c == '\f';
  }

  /**
   * Parses the text of an array into its shape, the elements as unescaped Strings (null for NULL).
   *
   * @throws IllegalArgumentException naming what is wrong and where
   */
  static ArrayShape parse(String s, char delim) {
    return new ArrayTextParser(s, delim).parse();
  }
}
