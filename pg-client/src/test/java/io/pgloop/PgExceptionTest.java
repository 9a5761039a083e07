package io.pgloop;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.impl.protocol.backend.ErrorFields;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PgExceptionTest {

  @ParameterizedTest
  @CsvSource({
    "08P01, PgProtocolException",
    "22003, PgNumericValueOutOfRangeException",
    "22012, PgDivisionByZeroException",
    "22P02, PgInvalidTextRepresentationException",
    "23502, PgNotNullViolationException",
    "23503, PgForeignKeyViolationException",
    "23505, PgUniqueViolationException",
    "23514, PgCheckViolationException",
    "23P01, PgExclusionViolationException",
    "25P02, PgInFailedSqlTransactionException",
    "28P01, PgInvalidPasswordException",
    "40001, PgSerializationFailureException",
    "40P01, PgDeadlockDetectedException",
    "42501, PgInsufficientPrivilegeException",
    "42601, PgSyntaxErrorException",
    "42703, PgUndefinedColumnException",
    "42P01, PgUndefinedTableException",
    "42710, PgDuplicateObjectException",
    "42P06, PgDuplicateObjectException",
    "42P07, PgDuplicateTableException",
    "57014, PgQueryCanceledException",
    "57P01, PgAdminShutdownException",
    "57P02, PgCrashShutdownException",
    "57P03, PgCannotConnectNowException"
  })
  void ofPicksTheSubclassOfTheExactSqlState(String sqlState, String simpleName) {
    assertThat(PgException.of(fields(sqlState)).getClass().getSimpleName()).isEqualTo(simpleName);
  }

  @ParameterizedTest
  @CsvSource({
    "08001, PgConnectionException",
    "0A000, PgFeatureNotSupportedException",
    "22007, PgDataException",
    "23000, PgIntegrityConstraintViolationException",
    "25001, PgInvalidTransactionStateException",
    "28000, PgInvalidAuthorizationException",
    "40003, PgTransactionRollbackException",
    "42P10, PgSyntaxErrorOrAccessRuleViolationException",
    "53300, PgInsufficientResourcesException",
    "57P04, PgOperatorInterventionException",
    "XX000, PgException",
    "P0001, PgException"
  })
  void ofFallsBackToTheSubclassOfTheSqlStateClassThenToPgException(
      String sqlState, String simpleName) {
    assertThat(PgException.of(fields(sqlState)).getClass().getSimpleName()).isEqualTo(simpleName);
  }

  @Test
  void ofWithoutSqlStateIsAPlainPgException() {
    assertThat(PgException.of(ErrorFields.of(Map.of('M', "oops"))))
        .isExactlyInstanceOf(PgException.class);
  }

  @Test
  void subclassesCanBeCaughtByTheirClass() {
    assertThat(PgException.of(fields("23505")))
        .isInstanceOf(PgIntegrityConstraintViolationException.class);
    assertThat(PgException.of(fields("42P07"))).isInstanceOf(PgDuplicateObjectException.class);
    assertThat(PgException.of(fields("40P01"))).isInstanceOf(PgTransactionRollbackException.class);
    assertThat(PgException.of(fields("08P01"))).isInstanceOf(PgConnectionException.class);
    assertThat(PgException.of(fields("57014"))).isInstanceOf(RuntimeException.class);
  }

  @Test
  void messageOfAUniqueViolationReadsLikePsql() {
    PgException e =
        PgException.of(
            ErrorFields.of(
                Map.of(
                    'S', "ERROR",
                    'V', "ERROR",
                    'C', "23505",
                    'M', "duplicate key value violates unique constraint \"t_pkey\"",
                    'D', "Key (id)=(1) already exists.",
                    's', "public",
                    't', "t",
                    'n', "t_pkey")));
    assertThat(e)
        .isInstanceOf(PgUniqueViolationException.class)
        .hasMessage(
            "ERROR:  duplicate key value violates unique constraint \"t_pkey\"\n"
                + "DETAIL:  Key (id)=(1) already exists.");
    assertThat(e.sqlState()).isEqualTo("23505");
    assertThat(e.message()).isEqualTo("duplicate key value violates unique constraint \"t_pkey\"");
    assertThat(e.detail()).isEqualTo("Key (id)=(1) already exists.");
    assertThat(e.schema()).isEqualTo("public");
    assertThat(e.table()).isEqualTo("t");
    assertThat(e.constraint()).isEqualTo("t_pkey");
    assertThat(e.hint()).isNull();
    assertThat(e.position()).isZero();
    assertThat(e.isServerError()).isTrue();
    assertThat(e.isFatal()).isFalse();
  }

  @Test
  void messageWithAHintAndAPositionReadsLikeLibpqWithoutTheQueryText() {
    PgException e =
        PgException.of(
            ErrorFields.of(
                Map.of(
                    'S', "ERROR",
                    'V', "ERROR",
                    'C', "42703",
                    'M', "column \"x\" does not exist",
                    'H', "Perhaps you meant to reference the column \"t.id\".",
                    'P', "8")));
    assertThat(e)
        .isInstanceOf(PgUndefinedColumnException.class)
        .hasMessage(
            "ERROR:  column \"x\" does not exist at character 8\n"
                + "HINT:  Perhaps you meant to reference the column \"t.id\".");
    assertThat(e.position()).isEqualTo(8);
  }

  @Test
  void messageWithAnInternalQueryAndContext() {
    PgException e =
        PgException.of(
            ErrorFields.of(
                Map.of(
                    'V', "ERROR",
                    'C', "22012",
                    'M', "division by zero",
                    'q', "SELECT 1/0",
                    'p', "8",
                    'W', "PL/pgSQL function f() line 3 at PERFORM")));
    assertThat(e)
        .hasMessage(
            "ERROR:  division by zero\n"
                + "QUERY:  SELECT 1/0\n"
                + "CONTEXT:  PL/pgSQL function f() line 3 at PERFORM");
    assertThat(e.internalQuery()).isEqualTo("SELECT 1/0");
    assertThat(e.internalPosition()).isEqualTo(8);
    assertThat(e.where()).isEqualTo("PL/pgSQL function f() line 3 at PERFORM");
  }

  @Test
  void theMessageShowsTheLocalizedSeverityAndSeverityIsTheNonLocalizedOne() {
    Map<Character, String> map = new HashMap<>();
    map.put('S', "FATAL");
    map.put('V', "FATAL");
    map.put('C', "28P01");
    map.put('M', "password authentication failed for user \"alice\"");
    PgException english = PgException.of(ErrorFields.of(map));
    map.put('S', "FATAL (localized)");
    PgException localized = PgException.of(ErrorFields.of(map));

    assertThat(english).isInstanceOf(PgInvalidPasswordException.class);
    assertThat(english.isFatal()).isTrue();
    assertThat(localized.severity()).isEqualTo("FATAL");
    assertThat(localized.localizedSeverity()).isEqualTo("FATAL (localized)");
    assertThat(localized)
        .hasMessage("FATAL (localized):  password authentication failed for user \"alice\"");
  }

  @Test
  void severityFallsBackToTheLocalizedOneForOldServers() {
    PgException e = PgException.of(ErrorFields.of(Map.of('S', "PANIC", 'M', "m", 'C', "XX000")));
    assertThat(e.severity()).isEqualTo("PANIC");
    assertThat(e.isFatal()).isTrue();
  }

  @Test
  void everyFieldHasAnAccessor() {
    PgException e =
        PgException.of(
            ErrorFields.of(
                Map.of(
                    'c', "id",
                    'd', "int4",
                    'F', "execMain.c",
                    'L', "2006",
                    'R', "ExecConstraints",
                    'C', "23502",
                    'M', "null value in column \"id\"")));
    assertThat(e.column()).isEqualTo("id");
    assertThat(e.dataType()).isEqualTo("int4");
    assertThat(e.file()).isEqualTo("execMain.c");
    assertThat(e.line()).isEqualTo("2006");
    assertThat(e.routine()).isEqualTo("ExecConstraints");
  }

  @Test
  void clientSideConnectionErrorsCarryTheirTextAlone() {
    IOException cause = new IOException("Connection reset by peer");
    PgConnectionException e = new PgConnectionException("connection closed", cause);
    assertThat(e).hasMessage("connection closed").hasCause(cause);
    assertThat(e.sqlState()).isEqualTo("08006");
    assertThat(e.message()).isEqualTo("connection closed");
    assertThat(e.isServerError()).isFalse();
    assertThat(e.isFatal()).isTrue();

    PgConnectionException closed =
        new PgConnectionException(
            PgConnectionException.CONNECTION_DOES_NOT_EXIST, "connection is closed", null);
    assertThat(closed.sqlState()).isEqualTo("08003");
  }

  @Test
  void clientSideProtocolErrors() {
    PgProtocolException e = new PgProtocolException("unknown backend message type 'x' (0x78)");
    assertThat(e).hasMessage("unknown backend message type 'x' (0x78)").hasNoCause();
    assertThat(e.sqlState()).isEqualTo("08P01");
    assertThat(e.severity()).isEqualTo("FATAL");
    assertThat(e).isInstanceOf(PgConnectionException.class);
  }

  private static ErrorFields fields(String sqlState) {
    return ErrorFields.of(Map.of('V', "ERROR", 'C', sqlState, 'M', "m"));
  }
}
