package io.pgloop.impl.protocol.backend;

import io.netty.buffer.ByteBuf;

/**
 * ParameterStatus ('S'): the current value of a run-time parameter the server reports (at startup
 * and whenever it changes).
 *
 * @param name the parameter's name
 * @param value its current value
 */
public record ParameterStatus(String name, String value) implements BackendMessage {

  /* ParameterStatus ('S') body: String name | String value */
  static ParameterStatus decode(ByteBuf payload) {
    String name = Payloads.readCString(payload, "parameter name");
    return new ParameterStatus(name, Payloads.readCString(payload, "parameter value"));
  }
}
