package io.pgloop.impl.protocol.backend;

import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;

/**
 * AuthenticationSASL (code 10): the server asks for SASL and lists the mechanisms it accepts.
 *
 * @param mechanisms the mechanisms, in the server's order of preference
 */
public record AuthenticationSasl(List<String> mechanisms) implements AuthenticationRequest {

  /** Keeps the list immutable. */
  public AuthenticationSasl {
    mechanisms = List.copyOf(mechanisms);
  }

  /* After the code: { String mechanism }* String "" */
  static AuthenticationSasl decode(ByteBuf payload) {
    List<String> mechanisms = new ArrayList<>(2);
    String mechanism;
    while (!(mechanism = Payloads.readCString(payload, "SASL mechanism")).isEmpty()) {
      mechanisms.add(mechanism);
    }
    return new AuthenticationSasl(mechanisms);
  }
}
