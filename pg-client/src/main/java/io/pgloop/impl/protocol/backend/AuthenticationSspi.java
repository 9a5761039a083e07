package io.pgloop.impl.protocol.backend;

/** AuthenticationSSPI (code 9): the server asks for SSPI authentication. */
public record AuthenticationSspi() implements AuthenticationRequest {

  /** The only instance: the message has no content. */
  public static final AuthenticationSspi INSTANCE = new AuthenticationSspi();
}
