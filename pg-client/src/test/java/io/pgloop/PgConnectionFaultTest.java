package io.pgloop;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.test.FaultProxy;
import io.pgloop.test.PgTestBase;
import io.vertx.core.Future;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What the client does when the network or the server misbehaves: fail clearly, never hang. */
class PgConnectionFaultTest extends PgTestBase {

  @Test
  void aCutNetworkFailsEveryInFlightQueryAndClosesTheConnection() throws Exception {
    try (FaultProxy proxy = new FaultProxy(server.host(), server.port())) {
      PgConnection connection = connect(options().setHost("127.0.0.1").setPort(proxy.port()));
      CountDownLatch closed = new CountDownLatch(1);
      connection.closeHandler(v -> closed.countDown());
      List<Future<RowSet<Row>>> futures = new ArrayList<>();
      futures.add(connection.query("SELECT pg_sleep(30)").execute());
      for (int i = 0; i < 100; i++) {
        futures.add(connection.preparedQuery("SELECT 1").execute());
      }
      proxy.cutAll();
      for (Future<RowSet<Row>> future : futures) {
        assertThat(failure(future)).isInstanceOf(PgConnectionException.class);
      }
      assertThat(closed.await(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void aMalformedMessageFailsTheConnectionWithAProtocolError() throws Exception {
    // A fake server that answers the startup with a message whose length is below 4.
    try (ServerSocket fake = FaultProxy.silentServer()) {
      Thread serverThread =
          new Thread(
              () -> {
                try (Socket socket = fake.accept()) {
                  InputStream in = socket.getInputStream();
                  in.read(new byte[1024]);
                  OutputStream out = socket.getOutputStream();
                  out.write(new byte[] {'R', 0, 0, 0, 2});
                  out.flush();
                  in.read(new byte[1024]);
                } catch (Exception ignored) {
                  // The client closed the socket, as it should.
                }
              });
      serverThread.setDaemon(true);
      serverThread.start();
      Throwable failure =
          failure(
              PgConnection.connect(
                  vertx, options().setHost("127.0.0.1").setPort(fake.getLocalPort())));
      assertThat(failure).isInstanceOf(PgConnectionException.class);
      assertThat(failure).hasMessageContaining("'R'");
    }
  }

  @Test
  void anUnknownMessageTypeNamesTheByte() throws Exception {
    try (ServerSocket fake = FaultProxy.silentServer()) {
      Thread serverThread =
          new Thread(
              () -> {
                try (Socket socket = fake.accept()) {
                  InputStream in = socket.getInputStream();
                  in.read(new byte[1024]);
                  OutputStream out = socket.getOutputStream();
                  out.write(new byte[] {'x', 0, 0, 0, 4});
                  out.flush();
                  in.read(new byte[1024]);
                } catch (Exception ignored) {
                  // The client closed the socket, as it should.
                }
              });
      serverThread.setDaemon(true);
      serverThread.start();
      Throwable failure =
          failure(
              PgConnection.connect(
                  vertx, options().setHost("127.0.0.1").setPort(fake.getLocalPort())));
      assertThat(failure).hasMessageContaining("unknown backend message type 'x'");
    }
  }
}
