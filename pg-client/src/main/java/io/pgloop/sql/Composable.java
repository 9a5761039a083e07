package io.pgloop.sql;

/**
 * A part of a SQL statement that renders to SQL text: a raw {@link Sql} fragment, an {@link
 * Identifier}, a {@link Literal}, a {@link Placeholder}, or a {@link Composed} sequence of them.
 */
public sealed interface Composable permits Sql, Identifier, Literal, Placeholder, Composed {

  /**
   * The SQL text of this part: identifiers and literals quoted, fragments as written.
   *
   * @throws IllegalArgumentException when a {@link Literal}'s value cannot be rendered (no codec
   *     accepts its class, or it holds a NUL character)
   */
  String render();

  /** This part followed by {@code other}, with nothing between them (psycopg's {@code +}). */
  default Composed concat(Composable other) {
    return Composed.of(this, other);
  }
}
