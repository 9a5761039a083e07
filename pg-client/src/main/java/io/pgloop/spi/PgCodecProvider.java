package io.pgloop.spi;

import java.util.Collection;

/**
 * A source of codecs, found by {@link java.util.ServiceLoader}: list the implementing class in
 * {@code META-INF/services/io.pgloop.spi.PgCodecProvider}. The built-in codecs are registered
 * through this same path.
 *
 * <p>Types created at run time (by an extension or a user) are handled through {@link
 * #codecFor(PgTypeInfo)} when a connection registers them by name.
 *
 * <p>An implementation needs a public no-argument constructor. Codecs of providers loaded later do
 * not replace those already registered for the same OID; a codec that must replace a built-in is
 * registered at run time on a connection or pool instead.
 */
public interface PgCodecProvider {

  /** The codecs of types with fixed OIDs; called once, when the registry is built. */
  Collection<PgCodec<?>> codecs();

  /**
   * A codec for a type whose OID is not fixed (an extension's type, such as {@code hstore}), made
   * from what the server's catalog says about it when the type is registered on a connection by
   * name; null when this provider does not know the type. The default knows none.
   *
   * @param type the type as looked up on the server
   */
  default PgCodec<?> codecFor(PgTypeInfo type) {
    return null;
  }
}
