package io.pgloop.impl.protocol.backend;

/** AuthenticationOk (code 0): authentication succeeded. */
public record AuthenticationOk() implements AuthenticationRequest {

  /** The only instance: the message has no content. */
  public static final AuthenticationOk INSTANCE = new AuthenticationOk();
}
