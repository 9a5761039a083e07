package io.pgloop.sql;

import io.pgloop.impl.codec.CodecRegistry;
import io.pgloop.impl.connection.SqlLiteral;

/**
 * A value rendered as a SQL literal, exactly as client-side binding renders parameters ({@link
 * io.pgloop.Query#execute(io.pgloop.Tuple)}): {@code NULL}, or the value's text form as an escape
 * string {@code E'...'} (quotes and backslashes doubled, so it reads the same whatever {@code
 * standard_conforming_strings}), cast to its type when it has one: {@code E'42'::int4}, {@code
 * E'it''s'}. The built-in types are known; a type registered on a connection only is not.
 *
 * @param value the value, or null
 */
public record Literal(Object value) implements Composable {

  private static final CodecRegistry CODECS = CodecRegistry.builtIns();

  /** A literal of this value (null renders {@code NULL}). */
  public static Literal of(Object value) {
    return new Literal(value);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException {@code cannot bind java.net.URL: no codec accepts it}, or a
   *     text holding a NUL character
   */
  @Override
  public String render() {
    return SqlLiteral.render(value, CODECS);
  }
}
