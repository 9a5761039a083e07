package io.pgloop.impl.result;

import io.pgloop.ColumnDescriptor;
import io.pgloop.Row;
import io.pgloop.RowSet;
import io.pgloop.SqlResult;
import io.pgloop.impl.codec.CodecRegistry;
import io.pgloop.impl.protocol.backend.DataRow;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * The three ways to build results: keep the rows, map each row as it arrives, or collect the rows
 * into one value.
 */
public final class ResultBuilders {

  private ResultBuilders() {}

  /** Results that keep every row: a {@code RowSet<Row>} per statement. */
  public static ResultBuilder<RowSet<Row>> rows(CodecRegistry registry) {
    return new Mapping<>(registry, IDENTITY);
  }

  /** The mapping of {@link #rows}: the row itself, recognised so that it is not even called. */
  private static final Function<Row, Row> IDENTITY = row -> row;

  /**
   * Results of the mapped rows: each row is given to fn as it arrives and only fn's result is kept
   * (the row may still be referenced by it, if fn keeps it).
   */
  public static <U> ResultBuilder<RowSet<U>> mapping(CodecRegistry registry, Function<Row, U> fn) {
    return new Mapping<>(registry, fn);
  }

  /**
   * Results of the value a collector makes of each statement's rows, accumulated as they arrive. A
   * statement without rows gives the collector's value for no rows.
   */
  public static <A, R> ResultBuilder<SqlResult<R>> collecting(
      CodecRegistry registry, Collector<Row, A, R> collector) {
    return new Collecting<>(registry, collector);
  }

  /** What the builders share: the columns of the current statement and the chain of results. */
  private abstract static class Base<S extends SqlResult<?>> implements ResultBuilder<S> {
    final CodecRegistry registry;
    RowDesc desc;
    private S first;
    private ResultImpl<?> last;

    Base(CodecRegistry registry) {
      this.registry = registry;
    }

    @Override
    public void begin(ColumnDescriptor[] columns) {
      desc = new RowDesc(columns, registry);
    }

    @Override
    public CodecRegistry registry() {
      return registry;
    }

    @Override
    public void begin(RowDesc columns) {
      desc = columns;
    }

    Row row(DataRow payload) {
      if (desc == null) {
        throw new IllegalStateException("DataRow without RowDescription");
      }
      return new RowImpl(desc, payload);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public final S complete(String commandTag, long rowCount) {
      S result = build(commandTag, rowCount);
      desc = null;
      if (first == null) {
        first = result;
      } else {
        ((ResultImpl) last).link(result);
      }
      last = (ResultImpl<?>) result;
      return result;
    }

    abstract S build(String commandTag, long rowCount);

    @Override
    public S result() {
      return first;
    }
  }

  private static final class Mapping<U> extends Base<RowSet<U>> {
    private final Function<Row, U> fn;
    // The rows or mapped values of the current statement, handed to the RowSet without a copy or
    // a wrapper. Unmapped rows beyond the first few are kept as ranges instead (see RowRanges).
    private SegmentedArray<Object> values;
    private RowRanges ranges;

    Mapping(CodecRegistry registry, Function<Row, U> fn) {
      super(registry);
      this.fn = fn;
    }

    @Override
    public void addRow(DataRow payload) {
      if (ranges != null) {
        ranges.add(payload);
        return;
      }
      if (fn == IDENTITY && values != null && values.size() == RowRanges.KEPT_FROM) {
        ranges = RowRanges.of(values);
        values = null;
        ranges.add(payload);
        return;
      }
      Object value = fn == IDENTITY ? row(payload) : fn.apply(row(payload));
      if (values == null) {
        values = new SegmentedArray<>();
      }
      values.add(value);
    }

    @Override
    RowSet<U> build(String commandTag, long rowCount) {
      RowSet<U> set =
          ranges != null
              ? RowSetImpl.ofRanges(desc, ranges, commandTag, rowCount)
              : RowSetImpl.ofValues(desc, values, commandTag, rowCount);
      values = null;
      ranges = null;
      return set;
    }
  }

  private static final class Collecting<A, R> extends Base<SqlResult<R>> {
    private final Collector<Row, A, R> collector;
    private A container;
    private int size;

    Collecting(CodecRegistry registry, Collector<Row, A, R> collector) {
      super(registry);
      this.collector = collector;
    }

    @Override
    public void addRow(DataRow payload) {
      Row row = row(payload);
      if (container == null) {
        container = collector.supplier().get();
      }
      collector.accumulator().accept(container, row);
      size++;
    }

    @Override
    SqlResult<R> build(String commandTag, long rowCount) {
      A c = container != null ? container : collector.supplier().get();
      SqlResult<R> result =
          new CollectedResult<>(desc, collector.finisher().apply(c), size, commandTag, rowCount);
      container = null;
      size = 0;
      return result;
    }
  }
}
