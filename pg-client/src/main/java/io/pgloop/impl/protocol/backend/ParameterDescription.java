package io.pgloop.impl.protocol.backend;

import io.netty.buffer.ByteBuf;

/**
 * ParameterDescription ('t'): the types of a prepared statement's parameters.
 *
 * @param typeOids the OID of each parameter's type, in order
 */
public record ParameterDescription(int[] typeOids) implements BackendMessage {

  /*
   * ParameterDescription ('t') body: Int16 n | n x Int32 type OID
   * n is read unsigned: a statement may have up to 65535 parameters.
   */
  static ParameterDescription decode(ByteBuf payload) {
    int[] typeOids = new int[payload.readUnsignedShort()];
    for (int i = 0; i < typeOids.length; i++) {
      typeOids[i] = payload.readInt();
    }
    return new ParameterDescription(typeOids);
  }
}
