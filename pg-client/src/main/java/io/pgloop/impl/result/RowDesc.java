package io.pgloop.impl.result;

import io.pgloop.ColumnDescriptor;
import io.pgloop.impl.codec.CodecRegistry;
import io.pgloop.spi.PgCodec;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of one result, built once from RowDescription and shared by all its rows: the
 * descriptors, the name lookup, and the registry that decodes the values.
 *
 * <p>Building one costs a single small object: the lists and the name maps are made on first use,
 * since most results are read by index. A named statement keeps its RowDesc, so that its name maps
 * are built once for all its runs.
 *
 * <p>Immutable once built; safe to share between threads (the lazily made parts are immutable
 * objects with final fields: a race only builds them twice).
 */
public final class RowDesc {

  private final ColumnDescriptor[] columns;
  private final CodecRegistry registry;
  private Names lookup;

  /**
   * Describes the columns of a result.
   *
   * @param columns the columns of RowDescription, in order (not copied: do not change it)
   * @param registry the codecs of the connection the result comes from
   */
  public RowDesc(ColumnDescriptor[] columns, CodecRegistry registry) {
    this.columns = columns;
    this.registry = registry;
  }

  /** The lists and maps made of the columns on first use. */
  private static final class Names {
    final List<ColumnDescriptor> columnList;
    final List<String> names;
    final Map<String, Integer> exact;
    final Map<String, Integer> folded;

    Names(ColumnDescriptor[] columns) {
      this.columnList = Collections.unmodifiableList(Arrays.asList(columns));
      String[] n = new String[columns.length];
      exact = new HashMap<>(columns.length * 2);
      folded = new HashMap<>(columns.length * 2);
      // Several columns may share a name (SELECT a.id, b.id): the first one wins, as in JDBC.
      for (int i = 0; i < columns.length; i++) {
        n[i] = columns[i].name();
        exact.putIfAbsent(n[i], i);
        folded.putIfAbsent(n[i].toLowerCase(Locale.ROOT), i);
      }
      names = List.of(n);
    }
  }

  private Names lookup() {
    Names n = lookup;
    if (n == null) {
      n = new Names(columns);
      lookup = n;
    }
    return n;
  }

  /** The number of columns. */
  public int size() {
    return columns.length;
  }

  /** The column at an index (unchecked: the caller checks the range). */
  public ColumnDescriptor column(int index) {
    return columns[index];
  }

  /** The columns, unmodifiable. */
  public List<ColumnDescriptor> columns() {
    return lookup().columnList;
  }

  /** The column names, in order. */
  public List<String> names() {
    return lookup().names;
  }

  /** The registry whose codecs decode the values. */
  public CodecRegistry registry() {
    return registry;
  }

  /** The index of the first column of that name, exactly, then ignoring case; -1 if none. */
  public int indexOf(String name) {
    Names n = lookup();
    Integer index = n.exact.get(name);
    if (index == null) {
      index = n.folded.get(name.toLowerCase(Locale.ROOT));
    }
    return index == null ? -1 : index;
  }

  /** How errors name a column: {@code column 2 ("n", int8)}. */
  String label(int index) {
    ColumnDescriptor c = columns[index];
    PgCodec<?> codec = registry.byOid(c.typeOid());
    String type = codec.typeOid() == c.typeOid() ? codec.typeName() : "type OID " + c.typeOid();
    return "column " + index + " (\"" + c.name() + "\", " + type + ")";
  }
}
