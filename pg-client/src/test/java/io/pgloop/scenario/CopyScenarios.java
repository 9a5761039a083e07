package io.pgloop.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgloop.PgException;
import io.pgloop.Row;
import io.pgloop.Tuple;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * COPY in and out: rows written through {@code writeRow} in text and in binary land on the server,
 * rows read back through the front end's stream arrive whole and in order, an abort copies nothing,
 * and data the server refuses fails the COPY with its error and leaves the connection usable.
 */
public abstract class CopyScenarios extends ScenarioBase {

  private static final int ROWS = 10_000;

  protected CopyScenarios(FrontEnd frontEnd) {
    super(frontEnd);
  }

  /** Rows (id, label, amount); the labels hold a tab and a backslash, which text COPY escapes. */
  private static List<Tuple> rows(int count) {
    List<Tuple> rows = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      rows.add(Tuple.of(i, "row\t" + i + "\\", i % 7));
    }
    return rows;
  }

  /** count(*), sum(id), sum(amount) and the labels' total length, as the server sees the table. */
  private List<Long> totals(FrontEnd.Connection connection, String table) {
    Row row =
        connection
            .query("SELECT count(*), sum(id), sum(amount), sum(length(label)) FROM " + table)
            .iterator()
            .next();
    return List.of(row.getLong(0), row.getLong(1), row.getLong(2), row.getLong(3));
  }

  private static List<Long> expectedTotals(int count) {
    long ids = 0;
    long amounts = 0;
    long labels = 0;
    for (Tuple row : rows(count)) {
      ids += row.getInteger(0);
      amounts += row.getInteger(2);
      labels += row.getString(1).length();
    }
    return List.of((long) count, ids, amounts, labels);
  }

  @Test
  void tenThousandRowsCopyInAsText() {
    String table = table("id int8, label text, amount int4");
    FrontEnd.Connection connection = open();

    long copied =
        connection.copyIn("COPY " + table + " (id, label, amount) FROM STDIN", null, rows(ROWS));

    assertThat(copied).isEqualTo(ROWS);
    assertThat(totals(connection, table)).isEqualTo(expectedTotals(ROWS));
  }

  @Test
  void tenThousandRowsCopyInAsBinaryWithDeclaredTypes() {
    String table = table("id int8, label text, amount int2");
    FrontEnd.Connection connection = open();

    // The Integers become int8 and int2 only because the types are declared.
    long copied =
        connection.copyIn(
            "COPY " + table + " FROM STDIN (FORMAT binary)",
            List.of("int8", "text", "int2"),
            rows(ROWS));

    assertThat(copied).isEqualTo(ROWS);
    assertThat(totals(connection, table)).isEqualTo(expectedTotals(ROWS));
  }

  @Test
  void copiedRowsComeBackOutWholeAndInOrder() {
    String table = table("id int8, label text, amount int4");
    FrontEnd.Connection connection = open();
    connection.copyIn("COPY " + table + " FROM STDIN", null, rows(ROWS));

    FrontEnd.CopiedOut out =
        connection.copyOut("COPY (SELECT * FROM " + table + " ORDER BY id) TO STDOUT");

    StringBuilder expected = new StringBuilder();
    for (int i = 1; i <= ROWS; i++) {
      expected.append(i).append("\trow\\t").append(i).append("\\\\\t").append(i % 7).append('\n');
    }
    assertThat(out.rowCount()).isEqualTo(ROWS);
    assertThat(out.buffers()).hasSize(ROWS);
    assertThat(out.text()).isEqualTo(expected.toString());
  }

  @Test
  void anAbortedCopyCopiesNothing() {
    String table = table("id int8, label text, amount int4");
    FrontEnd.Connection connection = open();

    connection.copyInAborted("COPY " + table + " FROM STDIN", rows(500), "changed my mind");

    assertThat(count(table)).isZero();
    assertThat(connection.query("SELECT 'usable'").iterator().next().getString(0))
        .isEqualTo("usable");
  }

  @Test
  void dataTheServerRefusesFailsTheCopyWithItsErrorAndTheConnectionStaysUsable() {
    String table = table("id int8, label text, amount int4");
    FrontEnd.Connection connection = open();
    List<Tuple> rows = new ArrayList<>(rows(3));
    rows.add(Tuple.of("four", "not a number", 4));

    assertThatThrownBy(() -> connection.copyIn("COPY " + table + " FROM STDIN", null, rows))
        .isInstanceOfSatisfying(
            PgException.class,
            e -> {
              assertThat(e.sqlState()).isEqualTo("22P02");
              assertThat(e.getMessage()).contains("four");
            });

    assertThat(count(table)).isZero();
    assertThat(connection.copyIn("COPY " + table + " FROM STDIN", null, rows(3))).isEqualTo(3);
    assertThat(totals(connection, table)).isEqualTo(expectedTotals(3));
  }
}
