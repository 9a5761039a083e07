package io.pgloop;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.test.PgTestBase;
import io.vertx.core.Future;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A value the server refuses while binding fails its query with the server's error, its message
 * naming the parameter and the Java class of the value; the connection and the queries pipelined
 * around it go on. PostgreSQL 14 and later say which parameter in the CONTEXT; before 14 the
 * parameter is recognised by its value quoted in the message.
 */
class PgConnectionBindErrorTest extends PgTestBase {

  private static PgException serverError(Future<?> future) {
    Throwable cause = failure(future);
    assertThat(cause).isInstanceOf(PgException.class);
    return (PgException) cause;
  }

  @Test
  void aStringThatIsNoUuidNamesItsParameter() {
    PgConnection connection = connect();
    PgException error =
        serverError(connection.preparedQuery("SELECT $1::uuid").execute(Tuple.of("abc")));
    assertThat(error).isInstanceOf(PgInvalidTextRepresentationException.class);
    assertThat(error.getMessage())
        .startsWith(
            "ERROR:  parameter $1 (java.lang.String): invalid input syntax for type uuid: \"abc\"");
    assertThat(error.message()).isEqualTo("invalid input syntax for type uuid: \"abc\"");
    assertThat(error.sqlState()).isEqualTo("22P02");
    assertThat(error.isServerError()).isTrue();
    assertThat(error.parameterNumber()).isEqualTo(1);
    if (connection.serverVersionNumber() >= 140000) {
      assertThat(error.where()).startsWith("unnamed portal parameter $1");
    } else {
      assertThat(error.where()).as("PostgreSQL 10 to 13 send no CONTEXT for a Bind").isNull();
    }
    assertThat(
            await(connection.preparedQuery("SELECT 1").execute()).iterator().next().getInteger(0))
        .isEqualTo(1);
  }

  @Test
  void aValueOutOfRangeNamesTheSecondParameterAndTheQueriesAroundItRun() {
    PgConnection connection = connect();
    Future<RowSet<Row>> before = connection.preparedQuery("SELECT $1::int4").execute(Tuple.of(1));
    Future<RowSet<Row>> bad =
        connection
            .preparedQuery("SELECT $1::text, $2::int4")
            .execute(Tuple.of("hello", "99999999999"));
    Future<RowSet<Row>> after =
        connection.preparedQuery("SELECT $1::text").execute(Tuple.of("after"));
    PgException error = serverError(bad);
    assertThat(error).isInstanceOf(PgNumericValueOutOfRangeException.class);
    assertThat(error.getMessage())
        .startsWith(
            "ERROR:  parameter $2 (java.lang.String): value \"99999999999\" is out of range for"
                + " type integer");
    assertThat(error.parameterNumber()).isEqualTo(2);
    assertThat(await(before).iterator().next().getInteger(0)).isEqualTo(1);
    assertThat(await(after).iterator().next().getString(0)).isEqualTo("after");
  }

  @Test
  void aBatchNamesTheParameterOfTheExecutionThatFailed() {
    PgConnection connection = connect();
    PgException error =
        serverError(
            connection
                .preparedQuery("SELECT $1::int4, $2::uuid")
                .executeBatch(List.of(Tuple.of(1, null), Tuple.of(2, "not-a-uuid"))));
    assertThat(error.getMessage())
        .startsWith(
            "ERROR:  parameter $2 (java.lang.String): invalid input syntax for type uuid:"
                + " \"not-a-uuid\"");
  }

  @Test
  void anErrorWhilePlanningIsNotBlamedOnAParameter() {
    PgConnection connection = connect();
    PgException error =
        serverError(
            connection.preparedQuery("SELECT $1::int4 + 2147483647").execute(Tuple.of("1")));
    assertThat(error.getMessage()).isEqualTo("ERROR:  integer out of range");
    assertThat(error.parameterNumber()).isZero();
  }

  @Test
  void anExplicitlyPreparedStatementNamesTheParameterToo() {
    PgConnection connection = connect();
    PreparedStatement statement = await(connection.prepare("SELECT $1::uuid"));
    PgException error = serverError(statement.query().execute(Tuple.of("abc")));
    assertThat(error.getMessage())
        .startsWith(
            "ERROR:  parameter $1 (java.lang.String): invalid input syntax for type uuid: \"abc\"");
  }
}
