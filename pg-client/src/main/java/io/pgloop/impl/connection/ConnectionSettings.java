package io.pgloop.impl.connection;

import io.pgloop.impl.codec.CodecRegistry;

/**
 * What a live connection needs from its options, resolved once at connect time.
 *
 * @param pipeliningLimit how many commands may be on the wire at once
 * @param codecs the codecs of this connection
 * @param prepareThreshold unprepared runs of a statement before it is prepared; 0 at once, -1 never
 * @param preparedStatementCacheMaxSize how many automatically prepared statements are kept
 */
record ConnectionSettings(
    int pipeliningLimit,
    CodecRegistry codecs,
    int prepareThreshold,
    int preparedStatementCacheMaxSize) {

  /** Settings with the default statement cache (threshold 5, 100 statements). */
  ConnectionSettings(int pipeliningLimit, CodecRegistry codecs) {
    this(pipeliningLimit, codecs, 5, 100);
  }
}
