package io.pgloop.impl.connection;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.pgloop.PgConnectionException;
import io.pgloop.impl.protocol.frontend.FrontendMessages;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.internal.buffer.BufferInternal;
import io.vertx.core.internal.net.NetSocketInternal;
import io.vertx.core.net.ConnectOptions;
import io.vertx.core.net.NetSocket;

/**
 * Sends a CancelRequest on a new socket, the way the connection itself went (see {@link
 * CancelTarget}):
 *
 * <pre>
 * plain:            connect → CancelRequest                         ← server closes the socket
 * sslmode, postgres: connect → SSLRequest ← 'S' → TLS → CancelRequest ← server closes the socket
 * sslnegotiation=direct: connect + TLS (ALPN postgresql) → CancelRequest ← ...
 * </pre>
 *
 * The server answers nothing: it signals the backend, then closes the socket, which is when the
 * request counts as delivered. PostgreSQL has read a CancelRequest after TLS negotiation on any
 * version (libpq 17 sends it so), so the secret key never travels in clear on a TLS connection.
 */
final class CancelRequestSender {

  private CancelRequestSender() {}

  /**
   * Sends the request; call on the connection's event loop.
   *
   * @return a future completed when the server has closed the cancel socket, failed with a {@link
   *     PgConnectionException} naming the host when the socket, TLS or the wait fails ({@code
   *     connect_timeout} bounds the whole exchange when set)
   */
  static Future<Void> send(
      ContextInternal context, CancelTarget target, int processId, byte[] secretKey) {
    if (secretKey == null) {
      return context.failedFuture(
          new IllegalStateException(
              "the server sent no cancel key (BackendKeyData): this connection cannot be"
                  + " cancelled"));
    }
    Promise<Void> done = context.promise();
    ConnectOptions connect = new ConnectOptions().setRemoteAddress(target.address());
    if (target.directSsl()) {
      connect.setSsl(true).setSslOptions(TlsOptions.of(target.options(), true));
      if (!HostAttempt.isIpAddress(target.host().host())) {
        connect.setSniServerName(target.host().host());
      }
    }
    long timeoutMillis = target.options().getConnectTimeout().toMillis();
    Promise<NetSocket> connected = context.promise();
    target.client().connectInternal(connect, connected, context);
    connected
        .future()
        .compose(socket -> negotiate(target, (NetSocketInternal) socket))
        .onSuccess(socket -> deliver(target, socket, processId, secretKey, done))
        .onFailure(cause -> done.tryFail(failure(target, cause.getMessage(), cause)));
    if (timeoutMillis > 0) {
      long timer =
          context.setTimer(
              timeoutMillis,
              id ->
                  done.tryFail(
                      failure(
                          target,
                          "no answer within " + timeoutMillis + " ms (connect_timeout)",
                          null)));
      done.future().onComplete(ar -> context.owner().cancelTimer(timer));
    }
    connected.future().onSuccess(socket -> done.future().onComplete(ar -> socket.close()));
    return done.future();
  }

  private static Future<NetSocketInternal> negotiate(
      CancelTarget target, NetSocketInternal socket) {
    if (!target.ssl() || target.directSsl()) {
      return Future.succeededFuture(socket);
    }
    return SslNegotiator.negotiate(socket, target.options(), target.host(), true).map(socket);
  }

  private static void deliver(
      CancelTarget target,
      NetSocketInternal socket,
      int processId,
      byte[] secretKey,
      Promise<Void> done) {
    socket.handler(ignored -> {});
    socket.exceptionHandler(e -> done.tryFail(failure(target, e.getMessage(), e)));
    socket.closeHandler(v -> done.tryComplete());
    ByteBuf request = Unpooled.buffer(12 + secretKey.length);
    FrontendMessages.cancelRequest(request, processId, secretKey);
    socket.write(BufferInternal.buffer(request));
  }

  private static PgConnectionException failure(
      CancelTarget target, String reason, Throwable cause) {
    return new PgConnectionException(
        "could not send the cancel request to " + target.host() + ": " + reason, cause);
  }
}
