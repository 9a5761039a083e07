/**
 * Composing SQL statements from parts, safely, in the manner of psycopg's {@code psycopg.sql}: raw
 * fragments written by the programmer ({@link io.pgloop.sql.Sql}), names quoted as identifiers
 * ({@link io.pgloop.sql.Identifier}), values quoted as literals ({@link io.pgloop.sql.Literal}),
 * and parameter placeholders ({@link io.pgloop.sql.Placeholder}), joined into a {@link
 * io.pgloop.sql.Composed} and rendered to the text a query runs.
 *
 * <pre>{@code
 * String sql = Sql.of("INSERT INTO {} ({}) VALUES ({})")
 *     .format(
 *         Identifier.of("app", "events"),
 *         Sql.of(", ").join(Identifier.of("kind"), Identifier.of("at")),
 *         Sql.of(", ").join(Placeholder.of(1), Placeholder.of(2)))
 *     .render();
 * // INSERT INTO "app"."events" ("kind", "at") VALUES ($1, $2)
 * conn.preparedQuery(sql).execute(Tuple.of("login", now));
 * }</pre>
 *
 * <p>Everything here is an immutable value, thread-safe, with no I/O.
 */
package io.pgloop.sql;
