package io.pgloop.spi;

import java.util.Collection;

/**
 * A source of codecs, found by {@link java.util.ServiceLoader}: list the implementing class in
 * {@code META-INF/services/io.pgloop.spi.PgCodecProvider}. The built-in codecs are registered
 * through this same path.
 *
 * <p>An implementation needs a public no-argument constructor. Codecs of providers loaded later do
 * not replace those already registered for the same OID; a codec that must replace a built-in is
 * registered at run time on a connection or pool instead.
 */
public interface PgCodecProvider {

  /** The codecs this provider contributes; called once, when the registry is built. */
  Collection<PgCodec<?>> codecs();
}
