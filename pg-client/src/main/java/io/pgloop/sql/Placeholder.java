package io.pgloop.sql;

/**
 * A parameter placeholder, {@code $n}, for a statement whose parameters are bound when it runs (on
 * the server by {@link io.pgloop.PgConnection#preparedQuery}, or on the client).
 *
 * @param index the parameter's number, from 1
 */
public record Placeholder(int index) implements Composable {

  /**
   * A placeholder.
   *
   * @throws IllegalArgumentException when {@code index} is below 1
   */
  public Placeholder {
    if (index < 1) {
      throw new IllegalArgumentException("a placeholder is numbered from 1, not " + index);
    }
  }

  /** The placeholder {@code $index}. */
  public static Placeholder of(int index) {
    return new Placeholder(index);
  }

  @Override
  public String render() {
    return "$" + index;
  }
}
