package io.pgloop;

/**
 * A parameter value that cannot be sent as its parameter's type: the query fails before anything of
 * it reaches the server, and the connection stays usable (the queries pipelined around it run).
 *
 * <p>The message names the parameter, the value's class, the value and the type: {@code parameter
 * $2: cannot encode java.lang.Long 1099511627776 as int4: out of range}, {@code parameter $1:
 * cannot bind java.net.URL: no codec accepts it}. Values are cut to 40 characters.
 *
 * <p>A String sent for a non-text type is not checked here: the server parses it, and a String it
 * cannot parse fails the query with the server's {@link PgException} (22P02, invalid text
 * representation), whose message names the parameter too ({@link PgException#parameterNumber()}),
 * the connection staying usable all the same.
 */
public class ParameterEncodingException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final int parameterNumber;

  /**
   * An error for the parameter {@code $parameterNumber}.
   *
   * @param parameterNumber the parameter's number as the SQL text writes it, from 1
   * @param problem what is wrong with the value, such as {@code cannot encode java.lang.String as
   *     int4}
   * @param cause the codec's error, or null
   */
  public ParameterEncodingException(int parameterNumber, String problem, Throwable cause) {
    super("parameter $" + parameterNumber + ": " + problem, cause);
    this.parameterNumber = parameterNumber;
  }

  /** The parameter's number as the SQL text writes it: 1 for {@code $1}. */
  public int parameterNumber() {
    return parameterNumber;
  }
}
