package io.pgloop.impl.protocol.backend;

import io.netty.buffer.ByteBuf;

/**
 * AuthenticationMD5Password (code 5): the server asks for the MD5 hash of the password, salted.
 *
 * @param salt the 4-byte salt
 */
public record AuthenticationMd5Password(byte[] salt) implements AuthenticationRequest {

  /* After the code: Byte4 salt */
  static AuthenticationMd5Password decode(ByteBuf payload) {
    byte[] salt = new byte[4];
    payload.readBytes(salt);
    return new AuthenticationMd5Password(salt);
  }
}
