package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;
import io.pgloop.spi.PgCodec;

/**
 * A type that reads and writes as another one under its own name and OIDs: a domain as its base
 * type, {@code citext} as {@code text}. The server sends a domain's values with the base type's OID
 * in RowDescription, but an array of a domain keeps the domain's OIDs, which is where this codec is
 * needed.
 *
 * <p>It binds no Java value by itself: a parameter is typed as the base type, which the server then
 * assigns to the domain (checking its constraints).
 */
final class AliasCodec extends BaseCodec<Object> {

  private final PgCodec<Object> base;
  private final boolean binds;

  @SuppressWarnings("unchecked")
  AliasCodec(String name, int oid, int arrayOid, PgCodec<?> base, boolean binds) {
    super(name, oid, arrayOid, (Class<Object>) base.javaType());
    this.base = (PgCodec<Object>) base;
    this.binds = binds;
  }

  @Override
  public boolean supportsBinary() {
    return base.supportsBinary();
  }

  @Override
  public char arrayDelimiter() {
    return base.arrayDelimiter();
  }

  /** Whether the parameter type inference picks this type (citext for nothing, a domain never). */
  @Override
  public boolean canEncode(Object value) {
    return binds && base.canEncode(value);
  }

  @Override
  public Object coerce(Object value) {
    return base.coerce(value);
  }

  @Override
  public void encodeBinary(Object value, ByteBuf out) {
    base.encodeBinary(value, out);
  }

  @Override
  public Object decodeBinary(ByteBuf buf, int index, int length) {
    return base.decodeBinary(buf, index, length);
  }

  @Override
  public String encodeText(Object value) {
    return base.encodeText(value);
  }

  @Override
  public Object decodeText(ByteBuf buf, int index, int length) {
    return base.decodeText(buf, index, length);
  }
}
