package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;
import io.pgloop.ColumnDescriptor;
import io.pgloop.spi.PgCodec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The codecs a connection uses, by type OID and name: the facade between the wire and the codecs.
 * It picks the type of each parameter, encodes parameters, and decodes column values, converting to
 * the Java type a caller asks for.
 *
 * <p>Immutable and thread-safe: the built-in registry is one shared instance, and {@link #with}
 * returns a copy. Lookups of built-in OIDs go through an array, so the hot path neither hashes nor
 * boxes.
 */
public final class CodecRegistry {

  /**
   * OIDs below this (FirstNormalObjectId) belong to built-in types and are looked up in an array;
   * the types of extensions and users, numbered from here, go through a map, so that the array of a
   * registry copied per connection stays small (about 4k entries).
   */
  private static final int DENSE_LIMIT = 16_384;

  private final Map<Integer, PgCodec<?>> byOid;
  private final PgCodec<?>[] dense;
  private final Map<String, PgCodec<?>> byName;
  private final List<PgCodec<?>> runTime;
  private final ParameterEncoder parameters = new ParameterEncoder(this);

  private CodecRegistry(Map<Integer, PgCodec<?>> byOid, List<PgCodec<?>> runTime) {
    // Every type that names an array type gets that array's codec, unless one is registered.
    for (PgCodec<?> codec : List.copyOf(byOid.values())) {
      if (codec.arrayTypeOid() != 0 && !byOid.containsKey(codec.arrayTypeOid())) {
        byOid.put(codec.arrayTypeOid(), new ArrayCodec(codec));
      }
    }
    this.byOid = byOid;
    this.runTime = runTime;
    int max = 0;
    for (int oid : byOid.keySet()) {
      if (oid >= 0 && oid < DENSE_LIMIT) {
        max = Math.max(max, oid);
      }
    }
    dense = new PgCodec<?>[max + 1];
    byName = new HashMap<>();
    for (PgCodec<?> codec : byOid.values()) {
      if (codec.typeOid() >= 0 && codec.typeOid() < DENSE_LIMIT) {
        dense[codec.typeOid()] = codec;
      }
      byName.putIfAbsent(codec.typeName(), codec);
    }
    // A run-time registration wins its name too, even over a built-in of another OID.
    for (PgCodec<?> codec : runTime) {
      byName.put(codec.typeName(), codec);
    }
  }

  /**
   * The registry of every codec that {@link java.util.ServiceLoader} finds for {@link
   * io.pgloop.spi.PgCodecProvider}, the built-ins included (see {@link CodecLoader}); loaded once,
   * on first use, and shared.
   */
  public static CodecRegistry builtIns() {
    return Holder.BUILT_INS;
  }

  private static final class Holder {
    static final CodecRegistry BUILT_INS =
        new CodecRegistry(new LinkedHashMap<>(CodecLoader.load()), List.of());
  }

  /**
   * A copy of this registry with more codecs, registered at run time on a connection or pool (an
   * enum or extension type whose OID was looked up on the server). They replace codecs of the same
   * OID, and are asked (after the built-in choices) which Java values they bind.
   */
  public CodecRegistry with(PgCodec<?>... extra) {
    Map<Integer, PgCodec<?>> map = new LinkedHashMap<>(byOid);
    List<PgCodec<?>> added = new ArrayList<>(runTime);
    for (PgCodec<?> codec : extra) {
      map.put(codec.typeOid(), codec);
      added.add(codec);
    }
    // The arrays of the new codecs replace those of what they replaced, unless given too.
    for (PgCodec<?> codec : extra) {
      int array = codec.arrayTypeOid();
      if (array != 0 && added.stream().noneMatch(c -> c.typeOid() == array)) {
        map.put(array, new ArrayCodec(codec));
      }
    }
    return new CodecRegistry(map, List.copyOf(added));
  }

  /** The codec of a type OID; never null: an unknown OID gets the text fallback codec. */
  public PgCodec<?> byOid(int oid) {
    PgCodec<?> codec = lookup(oid);
    return codec != null ? codec : TextFallbackCodec.INSTANCE;
  }

  private PgCodec<?> lookup(int oid) {
    if (oid >= 0 && oid < dense.length) {
      return dense[oid];
    }
    return oid < DENSE_LIMIT && oid >= 0 ? null : byOid.get(oid);
  }

  /** The codec of a type OID, or null when none is registered (no text fallback). */
  PgCodec<?> registered(int oid) {
    return lookup(oid);
  }

  /** The codecs registered at run time, in order of registration. */
  List<PgCodec<?>> runTime() {
    return runTime;
  }

  /** Every codec by OID, the array codecs included. */
  java.util.Collection<PgCodec<?>> all() {
    return byOid.values();
  }

  /** The codec of a type name ({@code pg_type.typname}, such as {@code int4}), or null. */
  public PgCodec<?> byName(String typeName) {
    return byName.get(typeName);
  }

  /** Whether a codec is registered for the OID and reads binary: then results ask for binary. */
  public boolean hasBinary(int oid) {
    PgCodec<?> codec = lookup(oid);
    return codec != null && codec.supportsBinary();
  }

  /**
   * The OID to declare in Parse for a parameter value; 0 lets the server infer the type from the
   * statement (null, String, enum constants), so that {@code WHERE uuid_col = $1} works with a
   * String. A {@link io.pgloop.data.PgValue} declares the type it names.
   *
   * @throws IllegalArgumentException {@code cannot bind java.net.URL: no codec accepts it}, {@code
   *     unknown type "jsonbb": no codec of that name is registered on the connection}
   */
  public int parameterTypeOid(Object value) {
    return parameters.typeOid(value);
  }

  /**
   * Whether the value of a parameter declared as oid travels in binary: never for OID 0, nor for a
   * String that the type's codec does not take (the server parses it), nor for a value that the
   * server reads only as text (the empty tsquery).
   */
  public boolean binaryParameter(Object value, int oid) {
    return parameters.binary(value, oid);
  }

  /**
   * Appends the bytes of a non-null parameter value of type oid to out, without the length prefix
   * (the caller writes a placeholder and fills it in from the writer index). With OID 0 the value
   * travels as text: a String as it is, an enum constant as its name, any other value as the text
   * form of the codec that {@link #parameterTypeOid} picks. With a declared OID, a value of another
   * class is converted where nothing is lost ({@code Integer} to {@code float8}, {@code BigDecimal}
   * 12 to {@code int4}), and a String travels as text for the server to parse.
   *
   * @throws IllegalArgumentException {@code cannot encode java.lang.Long 1099511627776 as int4: out
   *     of range}, or binary asked for a type without a binary codec
   */
  public void encodeParameter(Object value, int oid, boolean binary, ByteBuf out) {
    parameters.encode(value, oid, binary, out);
  }

  /**
   * Decodes one column value with the codec of its OID.
   *
   * @param format {@link ColumnDescriptor#TEXT} or {@link ColumnDescriptor#BINARY}
   * @param index the absolute index of the value in buf (no indexes of buf move)
   * @param length the value's length in bytes (not -1: SQL NULL is the caller's)
   * @throws IllegalArgumentException when the bytes are not a value of the type
   */
  public Object decode(int oid, short format, ByteBuf buf, int index, int length) {
    PgCodec<?> codec = byOid(oid);
    return format == ColumnDescriptor.BINARY
        ? codec.decodeBinary(buf, index, length)
        : codec.decodeText(buf, index, length);
  }

  /**
   * Decodes one column value to the Java type asked for. A String comes from any column: the text
   * as sent, or for a binary value its text form rendered by the codec. Other conversions are those
   * that lose nothing silently (see {@link Conversions}); primitive classes give their boxes.
   *
   * @throws IllegalArgumentException {@code value 3000000000 does not fit java.lang.Integer},
   *     {@code cannot decode int4 (java.lang.Integer) as java.net.URL}
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public <T> T decode(int oid, short format, ByteBuf buf, int index, int length, Class<T> type) {
    PgCodec codec = byOid(oid);
    if (type == String.class) {
      if (format != ColumnDescriptor.BINARY) {
        return (T) BaseCodec.utf8(buf, index, length);
      }
      if (codec instanceof ArrayCodec array) {
        return (T) array.binaryToText(buf, index, length);
      }
      Object value = codec.decodeBinary(buf, index, length);
      // Only JSON decodes to null (its literal null): render it as such.
      return (T) (value == null ? "null" : codec.encodeText(value));
    }
    Object value = decode(oid, format, buf, index, length);
    if (value == null) {
      return null;
    }
    if (codec instanceof ArrayCodec array) {
      return (T) ArrayConversions.convert(value, type, array);
    }
    return (T) Conversions.convert(value, Conversions.boxed(type), codec);
  }
}
