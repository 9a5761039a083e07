/**
 * What extensions implement: {@link io.pgloop.spi.PgCodec} converts the values of one PostgreSQL
 * type, and {@link io.pgloop.spi.PgCodecProvider} contributes codecs through {@link
 * java.util.ServiceLoader}.
 */
package io.pgloop.spi;
