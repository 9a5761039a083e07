package io.pgloop.impl.codec;

/**
 * The text form of ranges, as range_in reads and range_out writes it:
 *
 * <pre>
 *   empty | ('[' | '(') [bound] ',' [bound] (']' | ')')
 *   bound: bare text | '"' text '"' where "" is a quote; \x is x anywhere
 * </pre>
 *
 * A missing bound is unbounded. A bound is quoted when it is empty or holds a quote, backslash,
 * bracket, parenthesis, comma or white space (a timestamp's space), quotes and backslashes doubled.
 */
final class RangeText {

  private RangeText() {}

  /** A bound's text as range_out writes it. */
  static String quote(String s) {
    boolean needs = s.isEmpty();
    for (int i = 0; i < s.length() && !needs; i++) {
      needs = "\"\\()[],".indexOf(s.charAt(i)) >= 0 || Character.isWhitespace(s.charAt(i));
    }
    if (!needs) {
      return s;
    }
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append(c);
      }
      sb.append(c);
    }
    return sb.append('"').toString();
  }

  /**
   * Parses a non-empty range: the two bracket characters (such as {@code "[)"}), then the lower and
   * upper bounds' texts, null where a bound is missing.
   *
   * @throws IllegalArgumentException naming the type and the text
   */
  static String[] parse(String text, String typeName) {
    String s = text.trim();
    if (s.length() < 3
        || "[(".indexOf(s.charAt(0)) < 0
        || "])".indexOf(s.charAt(s.length() - 1)) < 0) {
      throw malformed(text, typeName);
    }
    String[] out = new String[3];
    out[0] = "" + s.charAt(0) + s.charAt(s.length() - 1);
    int[] pos = {1};
    out[1] = bound(s, pos, ',', text, typeName);
    pos[0]++;
    out[2] = bound(s, pos, s.charAt(s.length() - 1), text, typeName);
    if (pos[0] != s.length() - 1) {
      throw malformed(text, typeName);
    }
    return out;
  }

  private static String bound(String s, int[] pos, char stop, String text, String typeName) {
    StringBuilder sb = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    while (true) {
      if (pos[0] >= s.length()) {
        throw malformed(text, typeName);
      }
      char c = s.charAt(pos[0]);
      if (!quoted && c == stop) {
        break;
      }
      pos[0]++;
      any = true;
      if (c == '\\' && pos[0] < s.length()) {
        sb.append(s.charAt(pos[0]++));
      } else if (c == '"' && quoted && pos[0] < s.length() && s.charAt(pos[0]) == '"') {
        sb.append('"');
        pos[0]++;
      } else if (c == '"') {
        quoted = !quoted;
      } else {
        sb.append(c);
      }
    }
    return any ? sb.toString() : null;
  }

  private static IllegalArgumentException malformed(String text, String typeName) {
    return new IllegalArgumentException("invalid " + typeName + " value: \"" + text + "\"");
  }
}
