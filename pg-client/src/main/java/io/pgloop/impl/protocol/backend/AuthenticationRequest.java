package io.pgloop.impl.protocol.backend;

import io.netty.buffer.ByteBuf;

/**
 * An Authentication message ('R'): the server's request for the next step of authentication, or
 * {@link AuthenticationOk} when it is done.
 */
public sealed interface AuthenticationRequest extends BackendMessage
    permits AuthenticationOk,
        AuthenticationKerberosV5,
        AuthenticationCleartextPassword,
        AuthenticationMd5Password,
        AuthenticationGss,
        AuthenticationGssContinue,
        AuthenticationSspi,
        AuthenticationSasl,
        AuthenticationSaslContinue,
        AuthenticationSaslFinal {

  /**
   * Decodes an Authentication body; the message with no data is a shared instance. An unknown code,
   * or a body that does not fit its code, fails (through {@link BackendMessages#decode}) with a
   * {@link io.pgloop.PgProtocolException} naming it.
   *
   * <pre>
   *   Int32 code | code-specific data
   *     0 Ok, 2 KerberosV5, 3 CleartextPassword, 5 MD5Password (Byte4 salt), 7 GSS,
   *     8 GSSContinue (bytes), 9 SSPI, 10 SASL ({ String mechanism }* String ""),
   *     11 SASLContinue (bytes), 12 SASLFinal (bytes)
   * </pre>
   */
  static AuthenticationRequest decode(ByteBuf payload) {
    int code = payload.readInt();
    return switch (code) {
      case 0 -> AuthenticationOk.INSTANCE;
      case 2 -> AuthenticationKerberosV5.INSTANCE;
      case 3 -> AuthenticationCleartextPassword.INSTANCE;
      case 5 -> AuthenticationMd5Password.decode(payload);
      case 7 -> AuthenticationGss.INSTANCE;
      case 8 -> new AuthenticationGssContinue(Payloads.readRemaining(payload));
      case 9 -> AuthenticationSspi.INSTANCE;
      case 10 -> AuthenticationSasl.decode(payload);
      case 11 -> new AuthenticationSaslContinue(Payloads.readRemaining(payload));
      case 12 -> new AuthenticationSaslFinal(Payloads.readRemaining(payload));
      default -> throw new MalformedMessageException("unknown authentication request code " + code);
    };
  }
}
