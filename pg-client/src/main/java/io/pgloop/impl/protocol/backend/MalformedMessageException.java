package io.pgloop.impl.protocol.backend;

/**
 * Thrown by the body parsers when a body does not match its message's layout. {@link
 * BackendMessages#decode} turns it into a {@link io.pgloop.PgProtocolException} that names the
 * message; it never leaves this package through the decoder.
 */
final class MalformedMessageException extends RuntimeException {

  MalformedMessageException(String message) {
    // No stack trace: the message and the message type say all there is to say.
    super(message, null, false, false);
  }
}
