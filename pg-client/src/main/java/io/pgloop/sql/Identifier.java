package io.pgloop.sql;

import io.pgloop.impl.connection.SqlLiteral;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A name (of a table, column, schema, ...) quoted as an identifier: {@code "my ""table"""}. The
 * name is kept exactly, case and any character included. With several parts it is qualified: {@code
 * Identifier.of("app", "events")} renders {@code "app"."events"}.
 *
 * @param parts the name's parts, outermost first
 */
public record Identifier(List<String> parts) implements Composable {

  /**
   * An identifier.
   *
   * @throws IllegalArgumentException when there is no part, or a part is empty or holds a NUL
   *     character
   */
  public Identifier {
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("an identifier needs at least one part");
    }
    parts.forEach(SqlLiteral::quoteIdentifier);
  }

  /** An identifier of these parts: {@code of("s", "t")} is {@code "s"."t"}. */
  public static Identifier of(String... parts) {
    return new Identifier(List.of(parts));
  }

  @Override
  public String render() {
    return parts.stream().map(SqlLiteral::quoteIdentifier).collect(Collectors.joining("."));
  }
}
