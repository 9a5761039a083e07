package io.pgloop.impl.codec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Parses the text form of an array (see {@link ArrayText} for the grammar) into its shape, the
 * elements as unescaped Strings, null for a bare NULL. One instance per value.
 */
final class ArrayTextParser {
  private final String s;
  private final char delim;
  private final List<Object> elements = new ArrayList<>();
  private final int[] dims = new int[ArrayShape.MAX_DIMENSIONS];
  private int ndim = -1;
  private int pos;

  ArrayTextParser(String s, char delim) {
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
        if (!ArrayText.isSpace(c)) {
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
    while (pos < s.length() && ArrayText.isSpace(s.charAt(pos))) {
      pos++;
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException(
        "invalid array \"" + s + "\": " + what + " at position " + pos);
  }
}
