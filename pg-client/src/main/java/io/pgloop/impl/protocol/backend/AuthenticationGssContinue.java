package io.pgloop.impl.protocol.backend;

/**
 * AuthenticationGSSContinue (code 8): the next GSSAPI or SSPI token from the server.
 *
 * @param data the token
 */
public record AuthenticationGssContinue(byte[] data) implements AuthenticationRequest {}
