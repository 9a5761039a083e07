package io.pgloop;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.test.FakeServer;
import io.pgloop.test.FaultProxy;
import io.pgloop.test.PgTestBase;
import io.vertx.core.Future;
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
    // A length of 2 is below the 4 bytes of the length field itself.
    try (FakeServer fake = FakeServer.replying(new byte[] {'R', 0, 0, 0, 2})) {
      Throwable failure = failure(PgConnection.connect(vertx, fakeOptions(fake)));
      assertThat(failure)
          .isInstanceOf(PgConnectionException.class)
          .hasMessageContaining("message 'R' has length 2, below the minimum of 4");
    }
  }

  @Test
  void anUnknownMessageTypeNamesTheByte() throws Exception {
    try (FakeServer fake = FakeServer.replying(new byte[] {'x', 0, 0, 0, 4})) {
      Throwable failure = failure(PgConnection.connect(vertx, fakeOptions(fake)));
      assertThat(failure).hasMessageContaining("unknown backend message type 'x' (0x78)");
    }
  }

  @Test
  void anAuthenticationMethodWeDoNotSupportIsAClearError() throws Exception {
    // AuthenticationGSS: code 7.
    try (FakeServer fake = FakeServer.replying(new byte[] {'R', 0, 0, 0, 8, 0, 0, 0, 7})) {
      Throwable failure = failure(PgConnection.connect(vertx, fakeOptions(fake)));
      assertThat(failure)
          .isInstanceOf(PgConnectionException.class)
          .hasMessageContaining(
              "the server asked for GSSAPI authentication, which pgloop does not support");
    }
  }

  private static PgConnectOptions fakeOptions(FakeServer fake) {
    return options().setHost("127.0.0.1").setPort(fake.port());
  }
}
