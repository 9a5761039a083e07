package io.pgloop.impl.codec;

import io.pgloop.spi.PgCodec;
import io.pgloop.spi.PgCodecProvider;
import io.pgloop.spi.PgTypeInfo;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The codecs of PostgreSQL's common built-in types, registered through {@link
 * java.util.ServiceLoader} like any extension's (see {@code
 * META-INF/services/io.pgloop.spi.PgCodecProvider}), and of the common extension types whose OIDs
 * differ per database: {@code hstore} as a {@code Map<String, String>} and {@code citext} as a
 * String, made when a connection registers them by name.
 */
public final class BuiltInCodecs implements PgCodecProvider {

  /** Creates the provider; called by ServiceLoader. */
  public BuiltInCodecs() {}

  @Override
  public Collection<PgCodec<?>> codecs() {
    List<PgCodec<?>> all = new ArrayList<>(common());
    all.addAll(TextFormCodecs.all());
    all.addAll(SystemIdCodecs.all());
    all.addAll(NetworkCodecs.all());
    all.addAll(GeometricCodecs.all());
    all.add(new MoneyCodec());
    all.add(new TsVectorCodec());
    all.add(new TsQueryCodec());
    all.add(new BitCodec("bit", 1560, 1561));
    all.add(new BitCodec("varbit", 1562, 1563));
    return all;
  }

  private static List<PgCodec<?>> common() {
    return List.of(
        new BoolCodec(),
        new ByteaCodec(),
        new CharCodec(),
        new TextCodec("name", 19, 1003),
        new IntegerCodecs.Int8(),
        new IntegerCodecs.Int2(),
        new IntegerCodecs.Int4(),
        new TextCodec("text", 25, 1009),
        new OidCodec(),
        new JsonCodec(false),
        new FloatCodecs.Float4(),
        new FloatCodecs.Float8(),
        new TextCodec("unknown", 705, 0),
        new TextCodec("bpchar", 1042, 1014),
        new TextCodec("varchar", 1043, 1015),
        new DateCodec(),
        new TimeCodec(),
        new TimestampCodec(),
        new TimestamptzCodec(),
        new IntervalCodec(),
        new TimetzCodec(),
        new NumericCodec(),
        new UuidCodec(),
        new JsonCodec(true),
        new RangeCodec("int4range", 3904, 3905, new IntegerCodecs.Int4()),
        new RangeCodec("numrange", 3906, 3907, new NumericCodec()),
        new RangeCodec("tsrange", 3908, 3909, new TimestampCodec()),
        new RangeCodec("tstzrange", 3910, 3911, new TimestamptzCodec()),
        new RangeCodec("daterange", 3912, 3913, new DateCodec()),
        new RangeCodec("int8range", 3926, 3927, new IntegerCodecs.Int8()),
        multirange("int4multirange", 4451, 6150, "int4range", 3904, new IntegerCodecs.Int4()),
        multirange("nummultirange", 4532, 6151, "numrange", 3906, new NumericCodec()),
        multirange("tsmultirange", 4533, 6152, "tsrange", 3908, new TimestampCodec()),
        multirange("tstzmultirange", 4534, 6153, "tstzrange", 3910, new TimestamptzCodec()),
        multirange("datemultirange", 4535, 6155, "daterange", 3912, new DateCodec()),
        multirange("int8multirange", 4536, 6157, "int8range", 3926, new IntegerCodecs.Int8()));
  }

  private static MultirangeCodec multirange(
      String name, int oid, int arrayOid, String rangeName, int rangeOid, PgCodec<?> element) {
    return new MultirangeCodec(
        name, oid, arrayOid, new RangeCodec(rangeName, rangeOid, 0, element));
  }

  @Override
  public PgCodec<?> codecFor(PgTypeInfo type) {
    switch (type.name()) {
      case "hstore":
        return new HstoreCodec(type);
      case "citext":
        // Any String could be citext or text: Strings keep binding as text, which the server
        // compares to citext columns case-insensitively all the same.
        return new AliasCodec(
            type.name(), type.oid(), type.arrayOid(), new TextCodec("text", 25, 1009), false);
      default:
        return null;
    }
  }
}
