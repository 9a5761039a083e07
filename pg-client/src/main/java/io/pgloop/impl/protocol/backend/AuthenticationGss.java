package io.pgloop.impl.protocol.backend;

/** AuthenticationGSS (code 7): the server asks for GSSAPI authentication. */
public record AuthenticationGss() implements AuthenticationRequest {

  /** The only instance: the message has no content. */
  public static final AuthenticationGss INSTANCE = new AuthenticationGss();
}
