package io.pgloop.impl.codec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000b' || c == '\f';
  }

  /**
   * Parses the text of an array into its shape, the elements as unescaped Strings (null for NULL).
   *
   * @throws IllegalArgumentException naming what is wrong and where
   */
  static ArrayShape parse(String s, char delim) {
    return new Parser(s, delim).parse();
  }

  private static final class Parser {
    private final String s;
    private final char delim;
    private final List<Object> elements = new ArrayList<>();
    private final int[] dims = new int[ArrayShape.MAX_DIMENSIONS];
    private int ndim = -1;
    private int pos;

    Parser(String s, char delim) {
      this.s = s;
      this.delim = delim;
    }

    ArrayShape parse() {
      int[] lower = null;
      skipSpace();
      if (peek() == '[') {
        lower = parseDecoration();
      }
      skipSpace();
      parseLevel(0);
      skipSpace();
      if (pos != s.length()) {
        throw error("junk after the closing brace");
      }
      if (ndim <= 0) {
        return new ArrayShape(new int[0], new int[0], new Object[0]);
      }
      int[] d = Arrays.copyOf(dims, ndim);
      if (lower == null) {
        return ArrayShape.of(d, elements.toArray());
      }
      if (lower.length != ndim) {
        throw error("the decoration has " + lower.length + " dimensions, the value " + ndim);
      }
      return new ArrayShape(d, lower, elements.toArray());
    }

    /** Reads {@code [lo:hi][lo:hi]=} and returns the lower bounds. */
    private int[] parseDecoration() {
      List<Integer> lower = new ArrayList<>();
      while (peek() == '[') {
        pos++;
        int colon = s.indexOf(':', pos);
        int close = s.indexOf(']', pos);
        if (colon < 0 || close < colon) {
          throw error("malformed dimension decoration");
        }
        try {
          lower.add(Integer.parseInt(s.substring(pos, colon).trim()));
        } catch (NumberFormatException e) {
          throw error("malformed dimension decoration");
        }
        pos = close + 1;
      }
      if (peek() != '=') {
        throw error("'=' expected after the dimensions");
      }
      pos++;
      return lower.stream().mapToInt(Integer::intValue).toArray();
    }

    private void parseLevel(int depth) {
      if (peek() != '{') {
        throw error("'{' expected");
      }
      if (depth >= ArrayShape.MAX_DIMENSIONS) {
        throw error("more than " + ArrayShape.MAX_DIMENSIONS + " dimensions");
      }
      pos++;
      skipSpace();
      int count = 0;
      if (peek() == '}') {
        pos++;
        if (depth > 0) {
          throw error("empty sub-array");
        }
        ndim = 0;
        return;
      }
      while (true) {
        skipSpace();
        if (peek() == '{') {
          parseLevel(depth + 1);
        } else {
          leaf(depth);
          elements.add(parseElement());
        }
        count++;
        skipSpace();
        char c = peek();
        pos++;
        if (c == '}') {
          break;
        } else if (c != delim) {
          throw error("'" + delim + "' or '}' expected");
        }
      }
      if (ndim > depth && dims[depth] != 0 && dims[depth] != count) {
        throw error("sub-arrays of different lengths");
      }
      dims[depth] = count;
    }

    /** Elements must all sit at the same depth: that depth + 1 is the number of dimensions. */
    private void leaf(int depth) {
      if (ndim < 0) {
        ndim = depth + 1;
      } else if (ndim != depth + 1) {
        throw error("elements at different depths");
      }
    }

    private String parseElement() {
      StringBuilder sb = new StringBuilder();
      boolean escaped = false;
      if (peek() == '"') {
        pos++;
        while (true) {
          char c = next("an unterminated quoted element");
          if (c == '"') {
            break;
          }
          sb.append(c == '\\' ? next("a backslash at the end") : c);
        }
        return sb.toString();
      }
      int lastKept = 0;
      while (pos < s.length() && s.charAt(pos) != delim && s.charAt(pos) != '}') {
        char c = s.charAt(pos++);
        if (c == '{' || c == '"') {
          throw error("unexpected '" + c + "'");
        }
        if (c == '\\') {
          escaped = true;
          sb.append(next("a backslash at the end"));
          lastKept = sb.length();
        } else {
          sb.append(c);
          if (!isSpace(c)) {
            lastKept = sb.length();
          }
        }
      }
      // Trailing white space of a bare element is not part of it (escaped white space is).
      sb.setLength(lastKept);
      String value = sb.toString();
      if (!escaped && value.equalsIgnoreCase("NULL")) {
        return null;
      }
      if (value.isEmpty()) {
        throw error("empty unquoted element");
      }
      return value;
    }

    private char next(String what) {
      if (pos >= s.length()) {
        throw error(what);
      }
      return s.charAt(pos++);
    }

    private char peek() {
      return pos < s.length() ? s.charAt(pos) : '\0';
    }

    private void skipSpace() {
      while (pos < s.length() && isSpace(s.charAt(pos))) {
        pos++;
      }
    }

    private IllegalArgumentException error(String what) {
      return new IllegalArgumentException(
          "invalid array \"" + s + "\": " + what + " at position " + pos);
    }
  }
}
