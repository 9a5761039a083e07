package io.pgloop.impl.result;

import static io.pgloop.impl.result.DataRows.row;
import static io.pgloop.impl.result.DataRows.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgloop.ColumnDescriptor;
import io.pgloop.Row;
import io.pgloop.RowIterator;
import io.pgloop.RowSet;
import io.pgloop.SqlResult;
import io.pgloop.impl.codec.CodecRegistry;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ResultBuildersTest {

  private static final CodecRegistry REG = CodecRegistry.builtIns();
  private static final ColumnDescriptor[] COLUMNS = {text("id", 23), text("name", 25)};

  @Test
  void rowsKeepEveryRowAndLinkStatements() {
    ResultBuilder<RowSet<Row>> b = ResultBuilders.rows(REG);
    b.begin(COLUMNS);
    b.addRow(row("1", "a"));
    b.addRow(row("2", null));
    RowSet<Row> first = b.complete("SELECT 2", 2);
    RowSet<Row> second = b.complete("CREATE TABLE", 0);

    assertThat(b.result()).isSameAs(first);
    assertThat(first.size()).isEqualTo(2);
    assertThat(first.rowCount()).isEqualTo(2);
    assertThat(first.commandTag()).isEqualTo("SELECT 2");
    assertThat(first.columnsNames()).containsExactly("id", "name");
    assertThat(first.columnDescriptors()).containsExactly(COLUMNS);
    assertThat(first.value()).isSameAs(first);
    RowIterator<Row> it = first.iterator();
    assertThat(it.next().getInteger("id")).isEqualTo(1);
    assertThat(it.next().getString("name")).isNull();
    assertThat(it.hasNext()).isFalse();
    assertThat(first.stream().map(r -> r.getInteger(0))).containsExactly(1, 2);

    assertThat(first.next()).isSameAs(second);
    assertThat(second.size()).isZero();
    assertThat(second.columnDescriptors()).isEmpty();
    assertThat(second.next()).isNull();
  }

  @Test
  void manyRowsKeepTheirOrderAndTheIteratorEndsAfterTheLast() {
    ResultBuilder<RowSet<Row>> b = ResultBuilders.rows(REG);
    b.begin(COLUMNS);
    for (int i = 0; i < 100; i++) {
      b.addRow(row(Integer.toString(i), "r" + i));
    }
    RowSet<Row> set = b.complete("SELECT 100", 100);

    assertThat(set.size()).isEqualTo(100);
    assertThat(set.stream().map(r -> r.getInteger(0)))
        .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 100).boxed().toList());
    RowIterator<Row> it = set.iterator();
    for (int i = 0; i < 100; i++) {
      assertThat(it.next().getString(1)).isEqualTo("r" + i);
    }
    assertThat(it.hasNext()).isFalse();
    assertThatThrownBy(it::next)
        .isInstanceOf(java.util.NoSuchElementException.class)
        .hasMessage("no row after the 100 of this set");
  }

  @Test
  void resultsOnEitherSideOfWhereRowsAreKeptAsRangesReadTheSame() {
    ResultBuilder<RowSet<Row>> b = ResultBuilders.rows(REG);
    int[] sizes = {
      RowRanges.KEPT_FROM - 1, RowRanges.KEPT_FROM, RowRanges.KEPT_FROM + 1, 1000, 5000, 0, 3
    };
    for (int size : sizes) {
      b.begin(COLUMNS);
      for (int i = 0; i < size; i++) {
        b.addRow(row(Integer.toString(i), i % 7 == 0 ? null : "r" + i));
      }
      b.complete("SELECT " + size, size);
    }
    RowSet<Row> set = b.result();
    for (int size : sizes) {
      assertThat(set.size()).isEqualTo(size);
      int i = 0;
      for (Row r : set) {
        assertThat(r.getInteger("id")).isEqualTo(i);
        assertThat(r.getString(1)).isEqualTo(i % 7 == 0 ? null : "r" + i);
        i++;
      }
      assertThat(i).isEqualTo(size);
      assertThat(set.stream().mapToInt(r -> r.getInteger(0)).sum())
          .isEqualTo(size * (size - 1) / 2);
      set = set.next();
    }
    assertThat(set).isNull();
  }

  @Test
  void aSharedRowDescServesEveryResultBegunWithIt() {
    RowDesc desc = new RowDesc(COLUMNS, REG);
    ResultBuilder<RowSet<Row>> b = ResultBuilders.rows(REG);
    b.begin(desc);
    b.addRow(row("7", "x"));
    RowSet<Row> set = b.complete("SELECT 1", 1);

    assertThat(b.registry()).isSameAs(REG);
    assertThat(set.columnsNames()).containsExactly("id", "name");
    assertThat(set.iterator().next().getInteger("ID")).isEqualTo(7);
  }

  @Test
  void mappingKeepsOnlyTheMappedValues() {
    ResultBuilder<RowSet<String>> b =
        ResultBuilders.mapping(REG, r -> r.getInteger(0) + ":" + r.getString(1));
    b.begin(COLUMNS);
    b.addRow(row("1", "a"));
    b.addRow(row("2", "b"));
    b.complete("SELECT 2", 2);
    b.begin(COLUMNS);
    b.addRow(row("3", "c"));
    b.complete("SELECT 1", 1);

    RowSet<String> rs = b.result();
    assertThat(rs).containsExactly("1:a", "2:b");
    assertThat(rs.next()).containsExactly("3:c");
    assertThat(rs.next().rowCount()).isEqualTo(1);
  }

  @Test
  void mappingKeepsEveryValueOfAResultLargerThanASegment() {
    ResultBuilder<RowSet<Integer>> b = ResultBuilders.mapping(REG, r -> r.getInteger(0) * 2);
    int size = 3 * SegmentedArray.SEGMENT_SIZE + 1;
    b.begin(COLUMNS);
    for (int i = 0; i < size; i++) {
      b.addRow(row(Integer.toString(i), "r"));
    }
    RowSet<Integer> rs = b.complete("SELECT " + size, size);

    assertThat(rs.size()).isEqualTo(size);
    assertThat(rs.stream())
        .containsExactlyElementsOf(
            java.util.stream.IntStream.range(0, size).map(i -> i * 2).boxed().toList());
  }

  @Test
  void mappingErrorsPropagate() {
    ResultBuilder<RowSet<Integer>> b = ResultBuilders.mapping(REG, r -> r.getInteger("nope"));
    b.begin(COLUMNS);
    assertThatThrownBy(() -> b.addRow(row("1", "a")))
        .hasMessage("no column named \"nope\" (columns: id, name)");
  }

  @Test
  void collectingFoldsRowsAsTheyArrive() {
    ResultBuilder<SqlResult<List<Integer>>> b =
        ResultBuilders.collecting(
            REG, Collectors.mapping(r -> r.getInteger(0), Collectors.toList()));
    b.begin(COLUMNS);
    b.addRow(row("1", "a"));
    b.addRow(row("2", "b"));
    SqlResult<List<Integer>> first = b.complete("SELECT 2", 2);
    SqlResult<List<Integer>> second = b.complete("UPDATE 5", 5);

    assertThat(first.value()).containsExactly(1, 2);
    assertThat(first.size()).isEqualTo(2);
    assertThat(first.columnsNames()).containsExactly("id", "name");
    assertThat(first.next()).isSameAs(second);
    assertThat(second.value()).isEmpty();
    assertThat(second.size()).isZero();
    assertThat(second.rowCount()).isEqualTo(5);
    assertThat(b.result()).isSameAs(first);
  }

  @Test
  void aRowWithoutDescriptionIsAnError() {
    ResultBuilder<RowSet<Row>> b = ResultBuilders.rows(REG);
    assertThatThrownBy(() -> b.addRow(row("1")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("DataRow without RowDescription");
    assertThat(b.result()).isNull();
  }

  @Test
  void resultsAreReadOnly() {
    ResultBuilder<RowSet<Row>> b = ResultBuilders.rows(REG);
    b.begin(COLUMNS);
    b.addRow(row("1", "a"));
    RowSet<Row> rs = b.complete(null, 1);
    assertThat(rs.commandTag()).isEmpty();
    assertThatThrownBy(() -> rs.columnDescriptors().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> rs.iterator().remove())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
