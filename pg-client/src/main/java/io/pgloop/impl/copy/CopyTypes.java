package io.pgloop.impl.copy;

import io.pgloop.impl.codec.CodecRegistry;
import io.pgloop.spi.PgCodec;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Resolves the column types a COPY declares, by name, through a connection's codecs. */
public final class CopyTypes {

  /** SQL spellings of built-in types, to their {@code pg_type.typname}. */
  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("smallint", "int2"),
          Map.entry("integer", "int4"),
          Map.entry("int", "int4"),
          Map.entry("bigint", "int8"),
          Map.entry("real", "float4"),
          Map.entry("double precision", "float8"),
          Map.entry("decimal", "numeric"),
          Map.entry("boolean", "bool"),
          Map.entry("character varying", "varchar"),
          Map.entry("character", "bpchar"),
          Map.entry("char", "bpchar"),
          Map.entry("timestamp without time zone", "timestamp"),
          Map.entry("timestamp with time zone", "timestamptz"),
          Map.entry("time without time zone", "time"),
          Map.entry("time with time zone", "timetz"));

  private CopyTypes() {}

  /**
   * The OID of each named type: a {@code pg_type.typname}, one of a few SQL spellings ({@code
   * integer}, {@code timestamp with time zone}), or either followed by {@code []} for its array.
   *
   * @throws IllegalArgumentException naming the first type without a codec in {@code codecs}
   */
  public static int[] resolve(List<String> typeNames, CodecRegistry codecs) {
    int[] oids = new int[typeNames.size()];
    for (int i = 0; i < oids.length; i++) {
      oids[i] = resolve(typeNames.get(i), codecs).typeOid();
    }
    return oids;
  }

  private static PgCodec<?> resolve(String typeName, CodecRegistry codecs) {
    if (typeName == null) {
      throw new IllegalArgumentException("a column type name is null");
    }
    String name = typeName.trim();
    boolean array = name.endsWith("[]");
    if (array) {
      name = name.substring(0, name.length() - 2).trim();
    }
    String lower = name.toLowerCase(Locale.ROOT);
    name = ALIASES.getOrDefault(lower, lower.equals(name) ? name : lower);
    PgCodec<?> codec = codecs.byName(array ? "_" + name : name);
    if (codec == null && !name.equals(typeName.trim())) {
      codec = codecs.byName(typeName.trim());
    }
    if (codec == null) {
      throw new IllegalArgumentException(
          "unknown column type '"
              + typeName
              + "': no codec of that name on this connection (register it first)");
    }
    return codec;
  }
}
