package io.pgloop.impl.copy;

/** What the connection needs to know of a statement's text about COPY, without parsing SQL. */
public final class CopySql {

  private CopySql() {}

  /**
   * Whether {@code sql} may start a {@code COPY ... FROM STDIN}: it mentions both {@code copy} and
   * {@code stdin}, in any case. While a COPY FROM STDIN waits for data, the server takes any other
   * message as a protocol violation, so nothing may be pipelined behind such a statement; a false
   * positive only costs pipelining.
   */
  public static boolean mayCopyFromStdin(String sql) {
    return containsIgnoreCase(sql, "copy") && containsIgnoreCase(sql, "stdin");
  }

  /** {@code word} in lower case ASCII; the first letter is compared before the rest. */
  private static boolean containsIgnoreCase(String text, String word) {
    char lower = word.charAt(0);
    char upper = Character.toUpperCase(lower);
    int last = text.length() - word.length();
    for (int i = 0; i <= last; i++) {
      char c = text.charAt(i);
      if ((c == lower || c == upper)
          && text.regionMatches(true, i + 1, word, 1, word.length() - 1)) {
        return true;
      }
    }
    return false;
  }
}
