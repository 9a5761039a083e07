package io.pgloop.impl.connection;

import io.pgloop.PgException;
import io.pgloop.Tuple;
import io.pgloop.data.PgValue;
import io.pgloop.impl.protocol.backend.ErrorFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds which parameter an ErrorResponse is about, so that its exception can name it. The server
 * says so itself from PostgreSQL 14 on, in a CONTEXT line ({@code unnamed portal parameter $1 =
 * '...'}), and for bad binary data in the message ({@code incorrect binary data format in bind
 * parameter 1}). Before 14 a text value the server could not read is found by its quoted value in
 * the message ({@code invalid input syntax for type uuid: "abc"}), and only for an error that
 * arrived while binding, so that an error of the statement's own, such as one raised while
 * planning, is never blamed on a parameter.
 */
final class BindErrors {

  private static final Pattern CONTEXT =
      Pattern.compile("^(?:unnamed portal|portal \".*\") parameter \\$(\\d+)", Pattern.MULTILINE);
  private static final Pattern BINARY = Pattern.compile("in bind parameter (\\d+)$");

  private BindErrors() {}

  /**
   * The exception for an ErrorResponse, naming a parameter when it is known to be about one.
   *
   * @param parameters the values of the execution the error belongs to, or null when unknown
   * @param binding whether the error arrived between that execution's Bind and its BindComplete
   */
  static PgException exception(ErrorFields fields, Tuple parameters, boolean binding) {
    int number = parameters == null ? 0 : parameterNumber(fields, parameters, binding);
    if (number < 1 || number > parameters.size()) {
      return PgException.of(fields);
    }
    Object value = sent(parameters.getValue(number - 1));
    return PgException.of(fields, number, value == null ? "null" : value.getClass().getName());
  }

  private static int parameterNumber(ErrorFields fields, Tuple parameters, boolean binding) {
    if (fields.where() != null) {
      Matcher context = CONTEXT.matcher(fields.where());
      if (context.find()) {
        return Integer.parseInt(context.group(1));
      }
    }
    String message = fields.message();
    String sqlState = fields.sqlState();
    if (!binding || message == null || sqlState == null) {
      return 0;
    }
    Matcher binary = BINARY.matcher(message);
    if (binary.find()) {
      return Integer.parseInt(binary.group(1));
    }
    if (!sqlState.startsWith("22")) {
      return 0;
    }
    int found = 0;
    for (int i = 0; i < parameters.size(); i++) {
      Object value = sent(parameters.getValue(i));
      if (value instanceof CharSequence text && message.contains("\"" + text + "\"")) {
        if (found != 0) {
          return 0; // two candidates: naming either could mislead
        }
        found = i + 1;
      }
    }
    return found;
  }

  /** The value as the user gave it, out of its PgValue if it has one. */
  private static Object sent(Object value) {
    return value instanceof PgValue typed ? typed.value() : value;
  }
}
