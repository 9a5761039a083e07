package io.pgloop.impl.codec;

import io.pgloop.spi.PgCodec;
import io.pgloop.spi.PgCodecProvider;
import io.pgloop.spi.PgTypeInfo;
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
        new JsonCodec(true));
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
