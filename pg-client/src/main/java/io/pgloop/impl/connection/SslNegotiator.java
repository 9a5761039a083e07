package io.pgloop.impl.connection;

import io.netty.buffer.Unpooled;
import io.pgloop.HostAndPort;
import io.pgloop.PgConnectOptions;
import io.pgloop.PgConnectionException;
import io.pgloop.PgProtocolException;
import io.pgloop.impl.protocol.frontend.FrontendMessages;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.internal.buffer.BufferInternal;
import io.vertx.core.internal.net.NetSocketInternal;

/**
 * The SSLRequest exchange: the client asks, the server answers with one byte, 'S' (then the TLS
 * handshake) or 'N'.
 */
final class SslNegotiator {

  private SslNegotiator() {}

  /**
   * Negotiates TLS on a fresh socket.
   *
   * @return true when the socket is now encrypted, false when the server declined and {@code
   *     required} is false; fails when the server declined and TLS is required, or when the
   *     handshake fails (with a {@link TlsHandshakeException})
   */
  static Future<Boolean> negotiate(
      NetSocketInternal socket, PgConnectOptions options, HostAndPort host, boolean required) {
    Promise<Boolean> promise = Promise.promise();
    socket.closeHandler(
        v ->
            promise.tryFail(
                new PgConnectionException(
                    "the server closed the connection during the SSL request")));
    socket.handler(
        answer -> {
          socket.handler(null);
          if (answer.length() != 1) {
            // Bytes after the answer were not encrypted: they could be a man in the middle's.
            promise.tryFail(
                new PgProtocolException(
                    "the server sent "
                        + (answer.length() - 1)
                        + " unencrypted bytes after its SSL answer"));
            socket.close();
            return;
          }
          byte code = answer.getByte(0);
          if (code == 'S') {
            String serverName = HostAttempt.isIpAddress(host.host()) ? null : host.host();
            socket
                .upgradeToSsl(TlsOptions.of(options, false), serverName)
                .onComplete(
                    ar -> {
                      if (ar.succeeded()) {
                        promise.tryComplete(true);
                      } else {
                        promise.tryFail(new TlsHandshakeException(ar.cause()));
                        socket.close();
                      }
                    });
          } else if (code == 'N') {
            if (required) {
              promise.tryFail(
                  new PgConnectionException(
                      "the server does not support SSL, but sslmode="
                          + options.getSslMode().value()
                          + " requires it"));
              socket.close();
            } else {
              promise.tryComplete(false);
            }
          } else {
            promise.tryFail(
                new PgProtocolException(
                    "invalid answer to the SSL request: 0x" + Integer.toHexString(code & 0xff)));
            socket.close();
          }
        });
    io.netty.buffer.ByteBuf request = Unpooled.buffer(8);
    FrontendMessages.sslRequest(request);
    socket.write(BufferInternal.buffer(request));
    return promise.future().andThen(ar -> socket.closeHandler(null));
  }
}
