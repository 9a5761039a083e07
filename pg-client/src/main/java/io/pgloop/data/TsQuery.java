package io.pgloop.data;

/**
 * A value of PostgreSQL's {@code tsquery}, held as its text, such as {@code 'fat' & !'cat' |
 * 'rat':*A}. It travels in binary: the text is parsed when the value is sent, and a value read from
 * the server carries the server's text form (lexemes quoted, operators spaced), so that it equals
 * {@code query::text}.
 *
 * @param text the query in PostgreSQL's tsquery syntax; empty for the empty query
 */
public record TsQuery(String text) {

  /** Checks that the text is not null. */
  public TsQuery {
    java.util.Objects.requireNonNull(text, "text");
  }

  @Override
  public String toString() {
    return text;
  }
}
