package io.pgloop.impl.connection;

import io.pgloop.ColumnDescriptor;
import io.pgloop.impl.codec.CodecRegistry;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers, per SQL text, in which format to ask for the results.
 *
 * <p>Bind must name the result formats before the server has described the columns. The first run
 * of a statement asks for text, which every type has; its RowDescription then tells whether every
 * column has a binary codec, and later runs ask for binary when they all do. A single format code
 * serves all the columns, so a statement whose columns changed in between can never get a format
 * count the server refuses. The values decode the same either way.
 */
final class ResultFormats {

  private static final int MAX_ENTRIES = 512;

  private final Map<String, Short> formats =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Short> eldest) {
          return size() > MAX_ENTRIES;
        }
      };

  /** The format code to ask for the results of {@code sql}. */
  short formatFor(String sql) {
    Short format = formats.get(sql);
    return format == null ? ColumnDescriptor.TEXT : format;
  }

  /** Learns the columns of {@code sql} from its RowDescription. */
  void learn(String sql, ColumnDescriptor[] columns, CodecRegistry codecs) {
    short format = ColumnDescriptor.BINARY;
    for (ColumnDescriptor column : columns) {
      if (!codecs.hasBinary(column.typeOid())) {
        format = ColumnDescriptor.TEXT;
        break;
      }
    }
    formats.put(sql, format);
  }

  /** Learns that {@code sql} returns no rows; any format will do. */
  void learnNoData(String sql) {
    formats.put(sql, ColumnDescriptor.BINARY);
  }
}
