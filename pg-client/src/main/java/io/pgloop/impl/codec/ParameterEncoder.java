package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;
import io.pgloop.data.PgValue;
import io.pgloop.data.Range;
import io.pgloop.spi.PgCodec;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The parameter side of a {@link CodecRegistry}: which type a Java value declares in Parse, whether
 * it travels in binary, and its bytes for the type a statement declares.
 *
 * <p>A value whose class the declared type's codec does not take is converted where nothing is lost
 * ({@link DeclaredConversions}); a String (or enum constant, or Character) then travels as text,
 * for the server's input function of that type to parse. A {@link PgValue} declares the type it
 * names. Immutable, like its registry.
 */
final class ParameterEncoder {

  /** SQL spellings of built-in type names, for {@link PgValue}. */
  private static final Map<String, String> SQL_NAMES =
      Map.ofEntries(
          Map.entry("integer", "int4"),
          Map.entry("int", "int4"),
          Map.entry("bigint", "int8"),
          Map.entry("smallint", "int2"),
          Map.entry("real", "float4"),
          Map.entry("double precision", "float8"),
          Map.entry("boolean", "bool"),
          Map.entry("decimal", "numeric"),
          Map.entry("character varying", "varchar"),
          Map.entry("character", "bpchar"),
          Map.entry("timestamp without time zone", "timestamp"),
          Map.entry("timestamp with time zone", "timestamptz"),
          Map.entry("time without time zone", "time"),
          Map.entry("time with time zone", "timetz"));

  private static final int ABBREVIATE_AT = 40;

  private final CodecRegistry registry;

  ParameterEncoder(CodecRegistry registry) {
    this.registry = registry;
  }

  /** See {@link CodecRegistry#parameterTypeOid}. */
  int typeOid(Object value) {
    if (value instanceof PgValue typed) {
      return named(typed.typeName()).typeOid();
    }
    int oid = ParameterTypes.builtIn(value);
    if (oid >= 0) {
      return oid;
    }
    if (ArrayShape.isArrayValue(value)) {
      return ContainerTypes.arrayTypeOid(registry, value);
    }
    if (value instanceof Range<?> range) {
      return ContainerTypes.rangeTypeOid(registry, range);
    }
    for (PgCodec<?> codec : registry.runTime()) {
      if (codec.canEncode(value)) {
        return codec.typeOid();
      }
    }
    if (isText(value)) {
      return 0;
    }
    throw new IllegalArgumentException(
        "cannot bind " + value.getClass().getName() + ": no codec accepts it");
  }

  /** The codec a {@link PgValue} names. */
  PgCodec<?> named(String typeName) {
    String name = typeName.strip().toLowerCase(Locale.ROOT);
    boolean array = name.endsWith("[]");
    if (array) {
      name = name.substring(0, name.length() - 2).strip();
    }
    if (name.length() > 2 && name.startsWith("\"") && name.endsWith("\"")) {
      // A quoted identifier, as "char" must be written in SQL.
      name = name.substring(1, name.length() - 1);
    } else {
      name = SQL_NAMES.getOrDefault(name, name);
    }
    PgCodec<?> codec = registry.byName(name);
    if (codec != null && array) {
      codec = codec.arrayTypeOid() == 0 ? null : registry.registered(codec.arrayTypeOid());
    }
    if (codec == null) {
      throw new IllegalArgumentException(
          "unknown type \""
              + typeName
              + "\": no codec of that name is registered on the connection");
    }
    return codec;
  }

  /** See {@link CodecRegistry#binaryParameter}. */
  boolean binary(Object value, int oid) {
    value = unwrap(value);
    if (oid == 0 || value == null) {
      return false;
    }
    PgCodec<?> codec = registry.registered(oid);
    return codec != null
        && codec.supportsBinary()
        && DeclaredConversions.converts(codec, value)
        && !(codec instanceof TsQueryCodec && TsQueryCodec.needsText(value));
  }

  /** See {@link CodecRegistry#encodeParameter}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  void encode(Object value, int oid, boolean binary, ByteBuf out) {
    value = unwrap(value);
    if (value == null) {
      throw new IllegalArgumentException("a NULL has no bytes: the caller writes it as NULL");
    }
    PgCodec codec;
    if (oid == 0) {
      int inferred = typeOid(value);
      if (inferred == 0) {
        writeText(out, untypedText(value));
        return;
      }
      codec = registry.byOid(inferred);
      binary = false;
    } else {
      codec = registry.registered(oid);
      if (codec == null || (isText(value) && !codec.canEncode(value))) {
        // No codec, or one that does not take text: the server's input function parses it.
        if (!isText(value) || binary) {
          throw new IllegalArgumentException(
              "cannot encode "
                  + value.getClass().getName()
                  + " as "
                  + (codec == null ? "type OID " + oid : codec.typeName())
                  + (binary ? " in binary" : "")
                  + (codec == null ? ": no codec registered for it" : ""));
        }
        writeText(out, untypedText(value));
        return;
      }
    }
    Object coerced = DeclaredConversions.coerce(codec, value);
    if (binary) {
      if (!codec.supportsBinary()) {
        throw new IllegalArgumentException(codec.typeName() + " has no binary format");
      }
      codec.encodeBinary(coerced, out);
    } else {
      writeText(out, codec.encodeText(coerced));
    }
  }

  /** The value a {@link PgValue} carries (its type is declared already), or the value itself. */
  private static Object unwrap(Object value) {
    return value instanceof PgValue typed ? typed.value() : value;
  }

  /** Whether a value travels as its own text when no codec takes it. */
  private static boolean isText(Object value) {
    return value instanceof CharSequence || value instanceof Enum || value instanceof Character;
  }

  private static String untypedText(Object value) {
    if (ArrayShape.isArrayValue(value)) {
      return ArrayCodec.untypedText(value);
    }
    return value instanceof Enum<?> e ? e.name() : value.toString();
  }

  private static void writeText(ByteBuf out, String text) {
    out.writeCharSequence(text, StandardCharsets.UTF_8);
  }

  /** A value as errors show it: its text, cut to 40 characters. */
  static String abbreviate(Object value) {
    String text = String.valueOf(value);
    return text.length() <= ABBREVIATE_AT ? text : text.substring(0, ABBREVIATE_AT) + "...";
  }
}
