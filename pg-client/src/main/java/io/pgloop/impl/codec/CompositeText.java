package io.pgloop.impl.codec;

import io.pgloop.spi.PgCodec;

/**
 * The text form of composite values, as record_in reads and record_out writes it:
 *
 * <pre>
 *   '(' attribute (',' attribute)* ')'
 *   attribute: nothing for NULL | bare text | '"' text '"' where "" is a quote and \x is x
 * </pre>
 *
 * An attribute is quoted when it is empty (so that it is not NULL) or holds a quote, backslash,
 * parenthesis, comma or white space; inside quotes, quotes and backslashes are doubled.
 */
final class CompositeText {

  private CompositeText() {}

  /** Renders coerced attribute values (null for NULL) with their codecs. */
  static String format(Object[] values, PgCodec<Object>[] fields) {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      if (values[i] == null) {
        continue;
      }
      String s = fields[i].encodeText(values[i]);
      if (!needsQuotes(s)) {
        sb.append(s);
        continue;
      }
      sb.append('"');
      for (int j = 0; j < s.length(); j++) {
        char c = s.charAt(j);
        if (c == '"' || c == '\\') {
          sb.append(c);
        }
        sb.append(c);
      }
      sb.append('"');
    }
    return sb.append(')').toString();
  }

  private static boolean needsQuotes(String s) {
    if (s.isEmpty()) {
      return true;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\' || c == '(' || c == ')' || c == ',' || Character.isWhitespace(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Parses the text of a composite into its attributes' texts (null for NULL).
   *
   * @throws IllegalArgumentException naming the type, when the text is malformed or has another
   *     number of attributes
   */
  static String[] parse(String s, int count, String typeName) {
    try {
      return parseAttributes(s, count, typeName);
    } catch (IndexOutOfBoundsException e) {
      throw malformed(s, typeName, "ends too early");
    }
  }

  private static String[] parseAttributes(String s, int count, String typeName) {
    String[] out = new String[count];
    if (s.isEmpty() || s.charAt(0) != '(' || s.charAt(s.length() - 1) != ')') {
      throw malformed(s, typeName, "not in parentheses");
    }
    int pos = 1;
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        if (s.charAt(pos) != ',') {
          throw malformed(s, typeName, "too few attributes");
        }
        pos++;
      }
      char c = s.charAt(pos);
      if (c == ',' || c == ')') {
        continue;
      }
      StringBuilder sb = new StringBuilder();
      boolean quoted = false;
      while (pos < s.length() - 1 || quoted) {
        if (pos >= s.length()) {
          throw malformed(s, typeName, "unterminated quotes");
        }
        c = s.charAt(pos);
        if (!quoted && (c == ',' || c == ')')) {
          break;
        }
        pos++;
        if (c == '\\' && pos < s.length()) {
          sb.append(s.charAt(pos++));
        } else if (c == '"' && quoted && pos < s.length() && s.charAt(pos) == '"') {
          sb.append('"');
          pos++;
        } else if (c == '"') {
          quoted = !quoted;
        } else {
          sb.append(c);
        }
      }
      out[i] = sb.toString();
    }
    if (pos != s.length() - 1) {
      throw malformed(s, typeName, "too many attributes");
    }
    return out;
  }

  private static IllegalArgumentException malformed(String s, String typeName, String what) {
    return new IllegalArgumentException("invalid " + typeName + " value \"" + s + "\": " + what);
  }
}
