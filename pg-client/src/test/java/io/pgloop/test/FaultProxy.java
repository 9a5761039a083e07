package io.pgloop.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy in front of the test server that a test can turn against the client: cut every
 * connection, or stop forwarding (a network that swallows packets). One thread per direction:
 * enough for tests.
 */
public final class FaultProxy implements AutoCloseable {

  private final ServerSocket listener;
  private final String targetHost;
  private final int targetPort;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile boolean blackHole;
  private volatile boolean refusing;
  private final java.util.Set<Socket> cutOnWrite =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  public FaultProxy(String targetHost, int targetPort) throws IOException {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::acceptLoop, "fault-proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** A proxy that accepts connections and never answers: a host that never responds. */
  public static ServerSocket silentServer() throws IOException {
    return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
  }

  public int port() {
    return listener.getLocalPort();
  }

  /** From now on, bytes are read and dropped in both directions. */
  public void blackHole() {
    blackHole = true;
  }

  /** Closes every proxied connection at once, as a network failure would. */
  public void cutAll() {
    for (Socket socket : sockets) {
      closeQuietly(socket);
    }
    sockets.clear();
  }

  /**
   * From now on, new connections are closed as soon as they are accepted, as by a server that is
   * down (connections already open are left alone: combine with {@link #cutAll()}).
   */
  public void refuse() {
    refusing = true;
  }

  /** Accepts and forwards new connections again, after {@link #refuse()}. */
  public void accept() {
    refusing = false;
  }

  /**
   * The connections open now are closed the next time the client sends anything, without a byte
   * reaching the server: a peer that died silently, found out on the next use.
   */
  public void cutOnNextWrite() {
    cutOnWrite.addAll(sockets);
  }

  private void acceptLoop() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        if (refusing) {
          closeQuietly(client);
          continue;
        }
        Socket server = new Socket();
        server.connect(new InetSocketAddress(targetHost, targetPort));
        sockets.add(client);
        sockets.add(server);
        pump(client, server);
        pump(server, client);
      } catch (IOException e) {
        return;
      }
    }
  }

  private void pump(Socket from, Socket to) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[16384];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) != -1) {
                  if (cutOnWrite.contains(from)) {
                    break;
                  }
                  if (!blackHole) {
                    out.write(buffer, 0, n);
                    out.flush();
                  }
                }
              } catch (IOException ignored) {
                // The other side closed: close this one too.
              } finally {
                closeQuietly(from);
                closeQuietly(to);
              }
            },
            "fault-proxy-pump");
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Already closed.
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
    cutAll();
  }
}
