package io.pgloop.embedded.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgloop.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class TestServerTest {

  @Test
  void parsesAnExternalServersUri() {
    TestServer server = TestServer.fromUri("postgresql://al%40ice:p%3Ass+w@db.example:6543/shop");
    assertThat(server.host()).isEqualTo("db.example");
    assertThat(server.port()).isEqualTo(6543);
    assertThat(server.user()).isEqualTo("al@ice");
    assertThat(server.password()).isEqualTo("p:ss+w");
    assertThat(server.database()).isEqualTo("shop");
    assertThat(server.embedded()).isEmpty();
  }

  @Test
  void defaultsThePortAndDatabaseAndUnwrapsIpv6Hosts() {
    TestServer server = TestServer.fromUri("postgres://bob@[::1]");
    assertThat(server.host()).isEqualTo("::1");
    assertThat(server.port()).isEqualTo(5432);
    assertThat(server.database()).isEqualTo("bob");
    assertThat(server.password()).isNull();
  }

  @Test
  void refusesUrisItCannotUse() {
    assertThatThrownBy(() -> TestServer.fromUri("mysql://a@b/c"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("PGLOOP_TEST_URI must start with postgresql://, not 'mysql://'");
    assertThatThrownBy(() -> TestServer.fromUri("postgresql://localhost/db"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("PGLOOP_TEST_URI names no user: postgresql://localhost/db");
  }

  @Test
  void anExternalServerSkipsTestsThatNeedTheEmbeddedOne() {
    TestServer external = TestServer.fromUri("postgresql://u:p@localhost:5432/db");
    assertThatThrownBy(external::requireEmbedded)
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("needs the embedded server's special users/certificates");
  }

  @Test
  void sharedIsOneServerPerJvm() {
    TestServer shared = TestServer.shared();
    assertThat(TestServer.shared()).isSameAs(shared);
    if (System.getenv(TestServer.URI_VARIABLE) == null) {
      EmbeddedPostgres pg = shared.requireEmbedded();
      assertThat(shared.uri()).isEqualTo(pg.uri());
      assertThat(shared.user()).isEqualTo("postgres");
      assertThat(shared.port()).isEqualTo(pg.port());
      // Closing the shared server's handle leaves it running for the other tests.
      shared.close();
      assertThat(pg.dataDirectory()).exists();
    }
  }
}
