package io.pgloop.impl.codec;

import io.pgloop.PgConnection;
import io.pgloop.Row;
import io.pgloop.Tuple;
import io.pgloop.spi.PgCodec;
import io.pgloop.spi.PgCodecProvider;
import io.pgloop.spi.PgTypeInfo;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Registration of a type by name, as psycopg's {@code TypeInfo.fetch}: looks the type up in the
 * server's catalog and makes its codec. Providers ({@link PgCodecProvider#codecFor}) are asked
 * first, in class-path order; then enums decode as their labels (or a Java enum's constants),
 * domains as their base type, composites as a Tuple (or a Java record), ranges as a Range of their
 * subtype's codec, and multiranges (whose range type is registered first) as a List of them.
 */
public final class TypeRegistrar {

  private static final String TYPE_SQL =
      "SELECT t.oid, t.typname, t.typarray, t.typtype,"
          // A range's or multirange's element type is its subtype, kept in pg_range (9.2+).
          + " CASE t.typtype WHEN 'r' THEN (SELECT rngsubtype FROM pg_range WHERE rngtypid = t.oid)"
          + " WHEN 'm' THEN (SELECT rngtypid FROM pg_range WHERE rngmultitypid = t.oid)"
          + " ELSE t.typelem END, t.typbasetype"
          + " FROM pg_type t WHERE t.oid = $1::regtype";

  // Before PostgreSQL 14 there are no multiranges, and pg_range has no rngmultitypid column.
  private static final String TYPE_SQL_BEFORE_14 =
      "SELECT t.oid, t.typname, t.typarray, t.typtype,"
          + " CASE t.typtype WHEN 'r' THEN (SELECT rngsubtype FROM pg_range WHERE rngtypid = t.oid)"
          + " ELSE t.typelem END, t.typbasetype"
          + " FROM pg_type t WHERE t.oid = $1::regtype";

  // A domain attribute is read as its base type, which is what the server sends for it.
  private static final String ATTRIBUTES_SQL =
      "SELECT a.attname, CASE WHEN at.typtype = 'd' THEN at.typbasetype ELSE a.atttypid END"
          + " FROM pg_attribute a JOIN pg_type at ON at.oid = a.atttypid"
          + " WHERE a.attrelid = (SELECT typrelid FROM pg_type WHERE oid = $1::regtype)"
          + " AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum";

  private TypeRegistrar() {}

  /**
   * Looks a type up on a connection and makes its codec.
   *
   * @param connection where to look the type up
   * @param codecs the connection's codecs, for the attributes of a composite and a domain's base
   * @param typeName the type's name as SQL writes it, optionally schema-qualified
   * @param javaClass a Java enum for an enum type, a record class for a composite, or null
   * @return the codec; fails with the server's error for an unknown type name, or an {@link
   *     IllegalArgumentException} when no codec can be made
   */
  public static Future<PgCodec<?>> register(
      PgConnection connection,
      Supplier<CodecRegistry> codecs,
      String typeName,
      Class<?> javaClass) {
    return connection
        .preparedQuery(connection.serverVersionNumber() >= 140000 ? TYPE_SQL : TYPE_SQL_BEFORE_14)
        .execute(Tuple.of(typeName))
        .compose(
            types -> {
              Row row = types.iterator().next();
              char kind = row.getString(3).charAt(0);
              if (kind != 'c') {
                return Future.succeededFuture(info(row, List.of()));
              }
              return connection
                  .preparedQuery(ATTRIBUTES_SQL)
                  .execute(Tuple.of(typeName))
                  .map(
                      rows -> {
                        List<PgTypeInfo.Attribute> attributes = new ArrayList<>();
                        for (Iterator<Row> it = rows.iterator(); it.hasNext(); ) {
                          Row a = it.next();
                          attributes.add(new PgTypeInfo.Attribute(a.getString(0), a.getInteger(1)));
                        }
                        return info(row, attributes);
                      });
            })
        .map(info -> codecFor(info, codecs.get(), javaClass));
  }

  private static PgTypeInfo info(Row row, List<PgTypeInfo.Attribute> attributes) {
    return new PgTypeInfo(
        row.getString(1),
        row.getInteger(0),
        row.getInteger(2),
        row.getString(3).charAt(0),
        row.getInteger(4),
        row.getInteger(5),
        attributes);
  }

  /**
   * The codec of a type looked up on the server.
   *
   * @throws IllegalArgumentException {@code type point3d (base type, OID 16390): no codec provider
   *     knows it}, or a Java class that does not fit the kind of type
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static PgCodec<?> codecFor(PgTypeInfo info, CodecRegistry codecs, Class<?> javaClass) {
    if (javaClass == null) {
      for (PgCodecProvider provider : CodecLoader.providers()) {
        PgCodec<?> codec = provider.codecFor(info);
        if (codec != null) {
          return codec;
        }
      }
      // A type that already has its codec (a built-in, or one registered before) keeps it.
      PgCodec<?> known = codecs.byOid(info.oid());
      if (known.typeOid() == info.oid()) {
        return known;
      }
    }
    switch (info.kind()) {
      case 'e':
        if (javaClass == null) {
          return EnumCodec.ofLabels(info.name(), info.oid(), info.arrayOid());
        }
        require(javaClass.isEnum(), info, javaClass, "a Java enum");
        return EnumCodec.ofEnum(info.name(), info.oid(), info.arrayOid(), (Class) javaClass);
      case 'c':
        require(javaClass == null || javaClass.isRecord(), info, javaClass, "a record class");
        PgCodec<?>[] fields = new PgCodec<?>[info.attributes().size()];
        for (int i = 0; i < fields.length; i++) {
          fields[i] = codecs.byOid(info.attributes().get(i).typeOid());
        }
        return new CompositeCodec<>(info, fields, (Class) javaClass);
      case 'r':
        require(javaClass == null, info, javaClass, "no Java class");
        return new RangeCodec(
            info.name(), info.oid(), info.arrayOid(), codecs.byOid(info.elementOid()));
      case 'm':
        require(javaClass == null, info, javaClass, "no Java class");
        if (!(codecs.byOid(info.elementOid()) instanceof RangeCodec range)) {
          throw new IllegalArgumentException(
              "type " + describe(info) + ": register its range type first");
        }
        return new MultirangeCodec(info.name(), info.oid(), info.arrayOid(), range);
      case 'd':
        require(javaClass == null, info, javaClass, "no Java class");
        return new AliasCodec(
            info.name(), info.oid(), info.arrayOid(), codecs.byOid(info.baseOid()), false);
      default:
        require(javaClass == null, info, javaClass, "no Java class");
        throw new IllegalArgumentException(
            "type " + describe(info) + ": no codec provider knows it");
    }
  }

  private static void require(boolean ok, PgTypeInfo info, Class<?> javaClass, String what) {
    if (!ok) {
      throw new IllegalArgumentException(
          "type " + describe(info) + " takes " + what + ", not " + javaClass.getName());
    }
  }

  private static String describe(PgTypeInfo info) {
    String kind =
        switch (info.kind()) {
          case 'b' -> "base type";
          case 'c' -> "composite type";
          case 'd' -> "domain";
          case 'e' -> "enum";
          case 'r' -> "range type";
          case 'm' -> "multirange type";
          default -> "type of kind '" + info.kind() + "'";
        };
    return info.name() + " (" + kind + ", OID " + info.oid() + ")";
  }
}
