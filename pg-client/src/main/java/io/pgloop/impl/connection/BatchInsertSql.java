package io.pgloop.impl.connection;

import java.util.ArrayList;
import java.util.List;

/**
 * The set-based form of a one-row {@code INSERT ... VALUES (...)}, for batches: {@code INSERT INTO
 * t (a, b) VALUES ($1, $2 + 1) ON CONFLICT DO NOTHING} becomes
 *
 * <pre>
 * INSERT INTO t (a, b) SELECT pgloop_batch.p1, pgloop_batch.p2 + 1
 *   FROM (SELECT unnest($1) AS p1, unnest($2) AS p2) AS pgloop_batch ON CONFLICT DO NOTHING
 * </pre>
 *
 * whose parameters are arrays of the original parameters' types, one element per row. The server
 * then runs one statement for many rows instead of one per row. The unnests are in a select list,
 * where they run in step one element at a time; {@code FROM unnest($1, $2)} would first copy every
 * row into a tuplestore, and inserts at less than half the rate.
 *
 * <p>Only statements whose meaning survives are rewritten: one statement that starts with {@code
 * INSERT}, one {@code VALUES} list of a single row, every placeholder inside that row, no {@code
 * DEFAULT} in it, and no {@code RETURNING} (whose rows could not be told apart per execution).
 * Anything else, a {@code WITH} or a multi-row {@code VALUES} included, is left as it is.
 *
 * <p>Stateless.
 */
final class BatchInsertSql {

  private static final String ALIAS = "pgloop_batch";

  private BatchInsertSql() {}

  /**
   * The set-based form of {@code sql}, or null when it has not the shape above.
   *
   * @param parameterCount the number of parameters the server declared for the statement
   * @param standardConformingStrings the server's setting, which decides where strings end
   */
  static String rewrite(String sql, int parameterCount, boolean standardConformingStrings) {
    Shape shape = shape(sql, standardConformingStrings);
    if (shape == null || parameterCount < 1) {
      return null;
    }
    StringBuilder out = new StringBuilder(sql.length() + 48 + 16 * parameterCount);
    out.append(sql, 0, shape.valuesStart).append("SELECT ");
    int copied = shape.rowStart;
    for (int[] placeholder : shape.placeholders) {
      out.append(sql, copied, placeholder[0])
          .append(ALIAS)
          .append(".p")
          .append(sql, placeholder[0] + 1, placeholder[1]);
      copied = placeholder[1];
    }
    out.append(sql, copied, shape.rowEnd).append(" FROM (SELECT ");
    for (int i = 1; i <= parameterCount; i++) {
      out.append(i > 1 ? ", unnest($" : "unnest($").append(i).append(") AS p").append(i);
    }
    return out.append(") AS ").append(ALIAS).append(sql, shape.rowEnd + 1, sql.length()).toString();
  }

  /** Where the parts are: VALUES, the row between its parentheses, and its placeholders. */
  private record Shape(int valuesStart, int rowStart, int rowEnd, List<int[]> placeholders) {}

  private static Shape shape(String sql, boolean standardConformingStrings) {
    int depth = 0;
    boolean first = true;
    boolean expectRow = false;
    boolean inRow = false;
    boolean ended = false;
    int valuesStart = -1;
    int rowStart = -1;
    int rowEnd = -1;
    int lastToken = -1;
    List<int[]> placeholders = new ArrayList<>();
    int n = sql.length();
    for (int i = 0, end; i < n; i = end) {
      end = SqlLexer.endOfToken(sql, i, standardConformingStrings);
      if (SqlLexer.isBlank(sql, i, end)) {
        continue;
      }
      if (ended || (first && !SqlLexer.isWord(sql, i, end, "INSERT"))) {
        // A second statement after the semicolon, or not an INSERT at all.
        return null;
      }
      first = false;
      char c = sql.charAt(i);
      if (rowEnd >= 0 && rowEnd == lastToken && c == ',') {
        // VALUES (...), (...): several rows already.
        return null;
      }
      lastToken = i;
      if (expectRow) {
        if (c != '(') {
          return null;
        }
        expectRow = false;
        inRow = true;
        rowStart = end;
        depth++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (inRow && depth == 0) {
          inRow = false;
          rowEnd = i;
        }
      } else if (SqlLexer.isPlaceholder(sql, i, end)) {
        if (!inRow) {
          return null;
        }
        placeholders.add(new int[] {i, end});
      } else if (depth == 0 && c == ';') {
        ended = true;
      } else if (depth == 0 && SqlLexer.isWord(sql, i, end, "VALUES")) {
        if (valuesStart >= 0) {
          return null;
        }
        valuesStart = i;
        expectRow = true;
      } else if (depth == 0 && SqlLexer.isWord(sql, i, end, "RETURNING")) {
        return null;
      } else if (inRow && depth == 1 && SqlLexer.isWord(sql, i, end, "DEFAULT")) {
        return null;
      }
    }
    return rowEnd < 0 || inRow || placeholders.isEmpty()
        ? null
        : new Shape(valuesStart, rowStart, rowEnd, placeholders);
  }
}
