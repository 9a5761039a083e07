package io.pgloop.impl.connection;

import io.pgloop.impl.codec.CodecRegistry;

/**
 * What a live connection needs from its options, resolved once at connect time.
 *
 * @param pipeliningLimit how many commands may be on the wire at once
 * @param codecs the codecs of this connection
 */
record ConnectionSettings(int pipeliningLimit, CodecRegistry codecs) {}
