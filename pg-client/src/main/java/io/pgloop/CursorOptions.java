package io.pgloop;

/**
 * How {@link PgConnection#declareCursor} declares a cursor: {@code DECLARE name [NO] SCROLL CURSOR
 * {WITH | WITHOUT} HOLD FOR query}. Results always come in pgloop's own formats, so there is no
 * {@code BINARY} option.
 *
 * <p>A mutable data object, not thread-safe; {@code declareCursor} reads it once, when called.
 */
public final class CursorOptions {

  private Boolean scroll;
  private boolean withHold;

  /** No scroll option (the server decides) and {@code WITHOUT HOLD}. */
  public CursorOptions() {}

  /** A copy of {@code other}. */
  public CursorOptions(CursorOptions other) {
    this.scroll = other.scroll;
    this.withHold = other.withHold;
  }

  /**
   * {@code TRUE} for {@code SCROLL} (the cursor can fetch backwards: PRIOR, FIRST, ABSOLUTE,
   * BACKWARD...), {@code FALSE} for {@code NO SCROLL}, null (the default) to let the server allow
   * backward fetches when the query's plan makes them cheap.
   */
  public Boolean getScroll() {
    return scroll;
  }

  /** Sets {@code SCROLL} (true), {@code NO SCROLL} (false) or neither (null). */
  public CursorOptions setScroll(Boolean scroll) {
    this.scroll = scroll;
    return this;
  }

  /**
   * Whether the cursor is {@code WITH HOLD}: it outlives the transaction that declared it (the
   * server computes its rows at commit) and can be declared outside any transaction; close it when
   * done, it lasts until the session ends otherwise. Without hold, a cursor needs an open
   * transaction and disappears with it.
   */
  public boolean isWithHold() {
    return withHold;
  }

  /** Sets {@code WITH HOLD}. */
  public CursorOptions setWithHold(boolean withHold) {
    this.withHold = withHold;
    return this;
  }

  @Override
  public String toString() {
    return "CursorOptions[scroll=" + scroll + ", withHold=" + withHold + "]";
  }
}
