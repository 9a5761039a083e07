package io.pgloop.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.PgConnection;
import io.pgloop.Row;
import io.pgloop.Tuple;
import io.pgloop.test.PgTestBase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Composed statements run on the server and mean what they say. */
class ComposedStatementTest extends PgTestBase {

  @Test
  void aComposedStatementWithOddNamesAndValuesRuns() {
    PgConnection connection = connect();
    Identifier table = Identifier.of("pg_temp", "odd \"table\" 日本");
    List<Identifier> columns = List.of(Identifier.of("Id"), Identifier.of("it's \\ a column"));
    await(
        connection
            .query(
                Sql.of("CREATE TABLE {} ({} int4, {} text)")
                    .format(table, columns.get(0), columns.get(1))
                    .render())
            .execute());
    String tricky = "it's \\' 😀 -- /* $1";
    await(
        connection
            .query(
                Sql.of("INSERT INTO {table} ({columns}) VALUES ({id}, {text})")
                    .format(
                        java.util.Map.of(
                            "table", table,
                            "columns", Sql.of(", ").join(columns),
                            "id", Literal.of(-1),
                            "text", Literal.of(tricky)))
                    .render())
            .execute());
    await(
        connection
            .preparedQuery(
                Sql.of("INSERT INTO {} VALUES ({})")
                    .format(table, Sql.of(", ").join(Placeholder.of(1), Placeholder.of(2)))
                    .render())
            .execute(Tuple.of(2, "two")));
    List<String> rows = new ArrayList<>();
    for (Row row :
        await(
            connection
                .query(
                    Sql.of("SELECT {} FROM {} ORDER BY 1")
                        .format(Sql.of(", ").join(columns), table)
                        .render())
                .execute())) {
      rows.add(row.getInteger(0) + ":" + row.getString(1));
    }
    assertThat(rows).containsExactly("-1:" + tricky, "2:two");
  }
}
