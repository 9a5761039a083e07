package io.pgloop;

import io.pgloop.codegen.GenWrapper;
import io.vertx.core.Future;
import java.util.List;

/**
 * A statement prepared explicitly on one connection by {@link PgConnection#prepare(String)}: parsed
 * and described once, then run with Bind and Execute only.
 *
 * <p>The parameter types are the ones the server resolved (its ParameterDescription), and values
 * are encoded to them: {@code Tuple.of(1)} binds to an {@code int8} or {@code numeric} parameter. A
 * value of another class is converted where nothing is lost (an integer to {@code float4} or {@code
 * float8} up to 2^24 or 2^53, a {@code BigDecimal} without fraction to an integer type, a {@code
 * Double} that a {@code float4} holds exactly, a {@code LocalDate} to {@code timestamp}); a String
 * travels as text, which the server parses as the parameter's type. A value that does not fit fails
 * that run alone with a {@link ParameterEncodingException} naming the parameter. Results travel in
 * binary for every column whose type has a binary codec.
 *
 * <p>The statement lives until {@link #close()} or the end of the session; {@code DISCARD ALL} or
 * {@code DEALLOCATE} on the server removes it too, and later runs then fail with 26000: an
 * explicitly prepared statement is never prepared again behind the caller's back. Any thread may
 * call; futures complete on the connection's context.
 */
@GenWrapper
public interface PreparedStatement {

  /** A query that runs this statement; its {@code execute(Tuple)} binds the parameters. */
  PreparedQuery<RowSet<Row>> query();

  /** A cursor over the rows of this statement without parameters; see {@link Cursor}. */
  Cursor cursor();

  /** A cursor over the rows of this statement run with these parameters; see {@link Cursor}. */
  Cursor cursor(Tuple parameters);

  /** A stream of the rows of this statement without parameters; see {@link RowStream}. */
  RowStream<Row> createStream(int fetchSize);

  /**
   * A stream of the rows of this statement run with these parameters, read {@code fetchSize} rows
   * at a time as the consumer asks for them; see {@link RowStream}.
   *
   * @throws IllegalArgumentException when fetchSize is below 1
   */
  RowStream<Row> createStream(int fetchSize, Tuple parameters);

  /** The columns of the statement's rows as the server described them, empty when it has none. */
  List<ColumnDescriptor> columns();

  /** The type OID of each parameter, as the server resolved it; a copy. */
  int[] parameterTypes();

  /**
   * Closes the statement on the server (Close and Sync, one round trip). Runs already issued go
   * first; later ones fail with {@link IllegalStateException}.
   */
  Future<Void> close();
}
