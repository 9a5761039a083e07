package io.pgloop.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A fake PostgreSQL server for one connection: it reads what the client sends first (the startup
 * message), answers with fixed bytes, then waits for the client to hang up. For tests of what the
 * client does with a server that sends something wrong.
 */
public final class FakeServer implements AutoCloseable {

  private final ServerSocket listener;

  private FakeServer(byte[] reply) throws IOException {
    listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    Thread thread = new Thread(() -> serve(reply), "fake-postgres");
    thread.setDaemon(true);
    thread.start();
  }

  /** A server that answers the startup message with {@code reply}. */
  public static FakeServer replying(byte[] reply) throws IOException {
    return new FakeServer(reply);
  }

  public int port() {
    return listener.getLocalPort();
  }

  private void serve(byte[] reply) {
    try (Socket socket = listener.accept()) {
      InputStream in = socket.getInputStream();
      in.read(new byte[1024]);
      OutputStream out = socket.getOutputStream();
      out.write(reply);
      out.flush();
      in.read(new byte[1024]);
    } catch (IOException ignored) {
      // The client closed the socket, as it should after a bad message.
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
  }
}
