package io.pgloop;

/**
 * Where {@link NamedCursor#fetch} and {@link NamedCursor#move} go, as in SQL's {@code FETCH
 * direction FROM cursor}. {@link #ABSOLUTE}, {@link #RELATIVE}, {@link #FORWARD} and {@link
 * #BACKWARD} take a count; the others do not. Directions other than NEXT, FORWARD and the ALL ones
 * need a cursor that can scroll ({@link CursorOptions#setScroll(Boolean)}).
 */
public enum FetchDirection {
  /** The next row. */
  NEXT("NEXT", false),
  /** The row before the current one. */
  PRIOR("PRIOR", false),
  /** The first row. */
  FIRST("FIRST", false),
  /** The last row. */
  LAST("LAST", false),
  /** Row n from the start (negative: from the end; 0: before the first row). */
  ABSOLUTE("ABSOLUTE", true),
  /** Row n after the current one (negative: before; 0: the current row again). */
  RELATIVE("RELATIVE", true),
  /** The next n rows (negative: the n rows before). */
  FORWARD("FORWARD", true),
  /** The n rows before the current one, last first (negative: the n next). */
  BACKWARD("BACKWARD", true),
  /** Every remaining row. */
  FORWARD_ALL("FORWARD ALL", false),
  /** Every row before the current one, last first. */
  BACKWARD_ALL("BACKWARD ALL", false),
  /** Every remaining row, as {@link #FORWARD_ALL}. */
  ALL("ALL", false);

  private final String sql;
  private final boolean takesCount;

  FetchDirection(String sql, boolean takesCount) {
    this.sql = sql;
    this.takesCount = takesCount;
  }

  /** Whether the direction takes a count (ABSOLUTE, RELATIVE, FORWARD, BACKWARD). */
  public boolean takesCount() {
    return takesCount;
  }

  /** The direction as SQL spells it, without a count: {@code FORWARD ALL}, {@code ABSOLUTE}. */
  public String sql() {
    return sql;
  }
}
