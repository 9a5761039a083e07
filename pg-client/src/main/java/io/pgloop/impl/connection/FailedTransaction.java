package io.pgloop.impl.connection;

import io.pgloop.PgException;
import io.pgloop.PgInFailedSqlTransactionException;
import java.util.Locale;

/**
 * What the connection does in a failed transaction (ReadyForQuery status 'E'), where the server
 * rejects everything but the end of the transaction: it refuses statements itself, without a round
 * trip, and lets through those that end the failed state.
 */
final class FailedTransaction {

  /** The message of the refusal; the server's own reads "commands ignored until end of block". */
  static final String MESSAGE = "current transaction is aborted; roll back to continue";

  private FailedTransaction() {}

  /**
   * Whether the server accepts {@code sql} in a failed transaction, because it ends it: {@code
   * ROLLBACK} (also {@code ROLLBACK TO SAVEPOINT}, {@code ROLLBACK PREPARED}), {@code ABORT}, and
   * {@code COMMIT} or {@code END}, which roll a failed transaction back. Leading blanks and
   * comments are skipped; only the first keyword counts, so a statement list that starts with a
   * rollback passes as a whole, as the server would run its rollback first.
   */
  static boolean mayEnd(String sql) {
    int i = skipBlanksAndComments(sql, 0);
    int end = i;
    while (end < sql.length() && Character.isLetter(sql.charAt(end))) {
      end++;
    }
    String keyword = sql.substring(i, end).toUpperCase(Locale.ROOT);
    return switch (keyword) {
      case "ROLLBACK", "ABORT", "COMMIT", "END" -> true;
      default -> false;
    };
  }

  private static int skipBlanksAndComments(String sql, int i) {
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (sql.startsWith("--", i)) {
        int newline = sql.indexOf('\n', i);
        i = newline < 0 ? sql.length() : newline + 1;
      } else if (sql.startsWith("/*", i)) {
        // PostgreSQL's block comments nest.
        int depth = 0;
        do {
          if (sql.startsWith("/*", i)) {
            depth++;
            i += 2;
          } else if (sql.startsWith("*/", i)) {
            depth--;
            i += 2;
          } else {
            i++;
          }
        } while (depth > 0 && i < sql.length());
      } else {
        return i;
      }
    }
    return i;
  }

  /**
   * Whether {@code command}, in a failed transaction, would only meet "current transaction is
   * aborted" on the server: it does not end the transaction, and no command in flight will end it
   * first.
   */
  static boolean refuses(Command<?> command, Iterable<Command<?>> inFlight) {
    if (command.mayEndFailedTransaction()) {
      return false;
    }
    for (Command<?> ahead : inFlight) {
      if (ahead.mayEndFailedTransaction()) {
        return false;
      }
    }
    return true;
  }

  /** The refusal of a statement, its cause the error that failed the transaction if known. */
  static PgInFailedSqlTransactionException refusal(PgException failedBy) {
    String message =
        failedBy == null ? MESSAGE : MESSAGE + " (it failed with: " + failedBy.message() + ")";
    return new PgInFailedSqlTransactionException(message, failedBy);
  }
}
