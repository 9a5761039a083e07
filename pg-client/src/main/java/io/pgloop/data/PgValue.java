package io.pgloop.data;

/**
 * A parameter value with its PostgreSQL type given by name, for values whose Java class does not
 * say which type they are: JSON text that must be {@code jsonb}, a String that is an {@code xml} or
 * {@code tsquery}, a {@code Long} for an {@code int4} parameter, a typed NULL.
 *
 * <pre>{@code
 * conn.preparedQuery("SELECT $1 -> 'a'").execute(Tuple.of(PgValue.of("jsonb", "{\"a\": 1}")));
 * }</pre>
 *
 * <p>The name is resolved through the connection's codecs when the query is written: a type name as
 * in {@code pg_type.typname} ({@code int4}, {@code jsonb}, an enum or composite registered on the
 * connection), one of the SQL spellings {@code integer}, {@code bigint}, {@code smallint}, {@code
 * real}, {@code double precision}, {@code boolean}, {@code decimal}, {@code character varying},
 * {@code timestamp with time zone}, or any of these followed by {@code []} for its array type. A
 * name no codec is registered under fails the query ({@code parameter $1: unknown type "jsonbb"}).
 *
 * <p>A String value is sent as text for the server's input function of the type to parse; any other
 * value is encoded by the type's codec, converted where that loses nothing (see {@code
 * PreparedStatement}); a null value is a NULL of that type. On a statement prepared with {@code
 * PgConnection.prepare}, the server has already fixed every parameter's type, and that type wins
 * over the name.
 *
 * @param typeName the type's name, as above
 * @param value the value, or null for a NULL of that type
 */
public record PgValue(String typeName, Object value) {

  /**
   * Checks the name.
   *
   * @throws IllegalArgumentException when the name is null or blank, or the value is itself a
   *     PgValue
   */
  public PgValue {
    if (typeName == null || typeName.isBlank()) {
      throw new IllegalArgumentException("a PgValue needs a type name, got \"" + typeName + "\"");
    }
    if (value instanceof PgValue) {
      throw new IllegalArgumentException("a PgValue cannot hold another PgValue");
    }
  }

  /** A value of the named type; see the class comment. */
  public static PgValue of(String typeName, Object value) {
    return new PgValue(typeName, value);
  }

  /** A NULL of the named type. */
  public static PgValue nullOf(String typeName) {
    return new PgValue(typeName, null);
  }
}
