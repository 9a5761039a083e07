/**
 * The built-in codecs, one class per type family, and {@link io.pgloop.impl.codec.CodecRegistry},
 * the facade through which the connection types, encodes and decodes values. Not API: extensions
 * implement {@link io.pgloop.spi.PgCodec} instead.
 */
package io.pgloop.impl.codec;
