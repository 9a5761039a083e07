package io.pgloop.impl.protocol.backend;

/** AuthenticationCleartextPassword (code 3): the server asks for the password in clear. */
public record AuthenticationCleartextPassword() implements AuthenticationRequest {

  /** The only instance: the message has no content. */
  public static final AuthenticationCleartextPassword INSTANCE =
      new AuthenticationCleartextPassword();
}
