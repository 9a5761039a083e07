package io.pgloop.test;

import io.netty.buffer.ByteBuf;
import io.pgloop.spi.PgCodec;
import io.pgloop.spi.PgCodecProvider;
import io.pgloop.spi.PgTypeInfo;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

/**
 * A third-party provider, found through {@code META-INF/services} of the tests: it knows a type
 * named {@code reg_suit} (an enum the tests create, so its OID is only known at registration) and
 * decodes its labels to {@link Suit} values. It uses the SPI only, as an extension outside pgloop
 * would.
 */
public final class SuitCodecProvider implements PgCodecProvider {

  /** A playing-card suit, by the label the database stores. */
  public record Suit(String label) {
    /** The suit's symbol. */
    public String symbol() {
      return label.equals("hearts") ? "♥" : "♠";
    }
  }

  @Override
  public Collection<PgCodec<?>> codecs() {
    return List.of();
  }

  @Override
  public PgCodec<?> codecFor(PgTypeInfo type) {
    return type.name().equals("reg_suit") ? new SuitCodec(type) : null;
  }

  private record SuitCodec(PgTypeInfo type) implements PgCodec<Suit> {

    @Override
    public String typeName() {
      return type.name();
    }

    @Override
    public int typeOid() {
      return type.oid();
    }

    @Override
    public int arrayTypeOid() {
      return type.arrayOid();
    }

    @Override
    public Class<Suit> javaType() {
      return Suit.class;
    }

    @Override
    public boolean supportsBinary() {
      return true;
    }

    @Override
    public void encodeBinary(Suit value, ByteBuf out) {
      out.writeCharSequence(value.label(), StandardCharsets.UTF_8);
    }

    @Override
    public Suit decodeBinary(ByteBuf buf, int index, int length) {
      return new Suit(buf.toString(index, length, StandardCharsets.UTF_8));
    }

    @Override
    public String encodeText(Suit value) {
      return value.label();
    }

    @Override
    public Suit decodeText(ByteBuf buf, int index, int length) {
      return decodeBinary(buf, index, length);
    }
  }
}
