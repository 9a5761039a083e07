package io.pgloop.impl.protocol.backend;

/**
 * AuthenticationKerberosV5 (code 2): the server asks for Kerberos V5, which no current server
 * supports.
 */
public record AuthenticationKerberosV5() implements AuthenticationRequest {

  /** The only instance: the message has no content. */
  public static final AuthenticationKerberosV5 INSTANCE = new AuthenticationKerberosV5();
}
