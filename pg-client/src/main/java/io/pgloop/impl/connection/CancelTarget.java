package io.pgloop.impl.connection;

import io.pgloop.HostAndPort;
import io.pgloop.PgConnectOptions;
import io.vertx.core.internal.net.NetClientInternal;
import io.vertx.core.net.SocketAddress;

/**
 * How a connection reached its server, kept for cancel requests, which must travel the same way on
 * a new socket: same address (TCP or Unix socket), and TLS when the connection has it.
 *
 * @param client the client that opened the connection; it lives as long as the connection
 * @param host the host as the options name it: TLS verifies its name and sends it as SNI
 * @param address where the connection went, {@code hostaddr} resolved
 * @param ssl whether the connection is encrypted
 * @param directSsl whether TLS started at once ({@code sslnegotiation=direct}), rather than after
 *     an SSLRequest
 * @param options the connection's validated options: TLS settings and {@code connect_timeout}
 */
record CancelTarget(
    NetClientInternal client,
    HostAndPort host,
    SocketAddress address,
    boolean ssl,
    boolean directSsl,
    PgConnectOptions options) {}
