package io.pgloop.impl.protocol.backend;

/**
 * AuthenticationSASLContinue (code 11): a SASL challenge (for SCRAM, the server-first-message).
 *
 * @param data the mechanism-specific challenge
 */
public record AuthenticationSaslContinue(byte[] data) implements AuthenticationRequest {}
