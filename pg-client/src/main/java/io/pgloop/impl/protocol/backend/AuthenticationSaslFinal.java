package io.pgloop.impl.protocol.backend;

/**
 * AuthenticationSASLFinal (code 12): the SASL outcome (for SCRAM, the server-final-message, which
 * the client must verify before trusting the server).
 *
 * @param data the mechanism-specific outcome
 */
public record AuthenticationSaslFinal(byte[] data) implements AuthenticationRequest {}
