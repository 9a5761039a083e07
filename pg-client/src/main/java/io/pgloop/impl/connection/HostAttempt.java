package io.pgloop.impl.connection;

import io.netty.channel.ChannelPipeline;
import io.pgloop.HostAndPort;
import io.pgloop.PgConnectOptions;
import io.pgloop.PgConnectionException;
import io.pgloop.PgException;
import io.pgloop.SslMode;
import io.pgloop.SslNegotiation;
import io.pgloop.impl.codec.CodecRegistry;
import io.pgloop.impl.protocol.backend.BackendMessageDecoder;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.internal.VertxInternal;
import io.vertx.core.internal.net.NetClientInternal;
import io.vertx.core.internal.net.NetSocketInternal;
import io.vertx.core.net.ConnectOptions;
import io.vertx.core.net.NetClientOptions;
import io.vertx.core.net.NetSocket;
import io.vertx.core.net.SocketAddress;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/**
 * One try at one host: the socket (TCP or Unix), TLS as {@code sslmode} and {@code sslnegotiation}
 * say, then the startup exchange; all within {@code connect_timeout}.
 */
final class HostAttempt {

  private final VertxInternal vertx;
  private final ContextInternal context;
  private final PgConnectOptions options;
  private final HostAndPort host;

  HostAttempt(
      VertxInternal vertx, ContextInternal context, PgConnectOptions options, HostAndPort host) {
    this.vertx = vertx;
    this.context = context;
    this.options = options;
    this.host = host;
  }

  Future<PgConnectionImpl> connect() {
    return password().compose(this::connect);
  }

  /** The password for this host; the password file is read on a worker thread. */
  private Future<String> password() {
    if (options.getPassword() != null || options.getPassfile() == null) {
      return Future.succeededFuture(options.getPassword());
    }
    return context.executeBlocking(() -> options.passwordFor(host).orElse(null));
  }

  private Future<PgConnectionImpl> connect(String password) {
    SslMode mode = host.isUnixSocket() ? SslMode.DISABLE : options.getSslMode();
    return switch (mode) {
      case DISABLE -> attempt(Tls.NONE, password);
        // allow: plain first, TLS when the server refuses plain; prefer: the other way round.
      case ALLOW ->
          attempt(Tls.NONE, password)
              .recover(
                  e -> retryable(e) ? attempt(Tls.OPTIONAL, password) : Future.failedFuture(e));
      case PREFER ->
          attempt(Tls.OPTIONAL, password)
              .recover(e -> tlsFailed(e) ? attempt(Tls.NONE, password) : Future.failedFuture(e));
      case REQUIRE, VERIFY_CA, VERIFY_FULL -> attempt(Tls.REQUIRED, password);
    };
  }

  private static boolean retryable(Throwable e) {
    return e instanceof PgException pg && pg.sqlState() != null && pg.sqlState().startsWith("28");
  }

  private static boolean tlsFailed(Throwable e) {
    return e instanceof TlsHandshakeException;
  }

  private enum Tls {
    NONE,
    OPTIONAL,
    REQUIRED
  }

  private Future<PgConnectionImpl> attempt(Tls tls, String password) {
    NetClientOptions clientOptions =
        new NetClientOptions()
            .setTcpNoDelay(true)
            .setTcpKeepAlive(options.isKeepalives())
            .setReconnectAttempts(0);
    long timeoutMillis =
        options.getConnectTimeout() == null ? 0 : options.getConnectTimeout().toMillis();
    if (timeoutMillis > 0) {
      clientOptions.setConnectTimeout((int) Math.min(Integer.MAX_VALUE, timeoutMillis));
    }
    NetClientInternal client = (NetClientInternal) vertx.createNetClient(clientOptions);
    Promise<PgConnectionImpl> promise = context.promise();
    long timer =
        timeoutMillis > 0
            ? vertx.setTimer(
                timeoutMillis,
                id ->
                    promise.tryFail(
                        new PgConnectionException(
                            "timeout expired after " + timeoutMillis + " ms (connect_timeout)")))
            : -1;
    boolean direct = tls != Tls.NONE && options.getSslNegotiation() == SslNegotiation.DIRECT;
    ConnectOptions connectOptions = new ConnectOptions().setRemoteAddress(address());
    if (direct) {
      connectOptions.setSsl(true).setSslOptions(TlsOptions.of(options, true));
      if (!isIpAddress(host.host())) {
        connectOptions.setSniServerName(host.host());
      }
    }
    Promise<NetSocket> socketPromise = context.promise();
    client.connectInternal(connectOptions, socketPromise, context);
    socketPromise
        .future()
        .recover(
            e ->
                Future.failedFuture(
                    direct
                        ? new TlsHandshakeException(e)
                        : new PgConnectionException(e.getMessage(), e)))
        .compose(
            socket -> {
              NetSocketInternal internal = (NetSocketInternal) socket;
              if (promise.future().isComplete()) {
                socket.close();
                return Future.failedFuture("timed out");
              }
              Future<Boolean> encrypted =
                  direct || tls == Tls.NONE
                      ? Future.succeededFuture(direct)
                      : SslNegotiator.negotiate(internal, options, host, tls == Tls.REQUIRED);
              return encrypted.compose(
                  ssl ->
                      startup(
                          client,
                          internal,
                          password,
                          new CancelTarget(
                              client,
                              host,
                              connectOptions.getRemoteAddress(),
                              ssl,
                              direct,
                              options)));
            })
        .onComplete(
            ar -> {
              if (ar.succeeded()) {
                if (!promise.tryComplete(ar.result())) {
                  ar.result().close();
                }
              } else {
                promise.tryFail(ar.cause());
              }
            });
    return promise
        .future()
        .andThen(
            ar -> {
              vertx.cancelTimer(timer);
              if (ar.failed()) {
                client.close();
              }
            });
  }

  /** Whether {@code host} is an IP literal, which TLS does not send as SNI nor verify as a name. */
  static boolean isIpAddress(String host) {
    return host.indexOf(':') >= 0 || host.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
  }

  private SocketAddress address() {
    if (host.isUnixSocket()) {
      return SocketAddress.domainSocketAddress(host.unixSocketPath());
    }
    if (host.hostaddr() == null) {
      return SocketAddress.inetSocketAddress(host.port(), host.host());
    }
    // Connect to hostaddr but keep the host name: TLS verifies the certificate against it.
    try {
      byte[] ip = InetAddress.getByName(host.hostaddr()).getAddress();
      return SocketAddress.inetSocketAddress(
          new InetSocketAddress(InetAddress.getByAddress(host.host(), ip), host.port()));
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("invalid hostaddr: \"" + host.hostaddr() + "\"", e);
    }
  }

  private Future<PgConnectionImpl> startup(
      NetClientInternal client,
      NetSocketInternal socket,
      String password,
      CancelTarget cancelTarget) {
    socket.handler(null);
    ConnectionSettings settings =
        new ConnectionSettings(
            options.getPipeliningLimit(),
            CodecRegistry.builtIns(),
            options.getPrepareThreshold(),
            options.getPreparedStatementCacheMaxSize());
    PgConnectionImpl connection = new PgConnectionImpl(context, socket, settings);
    connection.cancelTarget(cancelTarget);
    ChannelPipeline pipeline = socket.channelHandlerContext().pipeline();
    pipeline.addBefore("handler", ContextDispatchHandler.NAME, new ContextDispatchHandler(context));
    pipeline.addBefore(
        "handler", "pgloop-decoder", new BackendMessageDecoder(options.getMaxMessageSize()));
    pipeline.addBefore("handler", PgChannelHandler.NAME, new PgChannelHandler(connection));
    connection.closeFutureInternal().onComplete(v -> client.close());
    Promise<Void> started = context.promise();
    connection.submit(
        new StartupCommand(started, StartupParametersFactory.create(options, password)));
    return started.future().map(v -> connection).onFailure(e -> connection.close());
  }
}
