package io.pgloop.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Reading PGLOOP_BENCH_URI. */
class ServerInfoTest {

  @Test
  void readsEveryPart() {
    assertThat(ServerInfo.parse("postgresql://bench:s%40cr+t@db.local:6543/perf"))
        .isEqualTo(new ServerInfo("db.local", 6543, "perf", "bench", "s@cr+t"));
  }

  @Test
  void defaultsArePort5432UserPostgresAndTheUsersDatabase() {
    assertThat(ServerInfo.parse("postgres://127.0.0.1"))
        .isEqualTo(new ServerInfo("127.0.0.1", 5432, "postgres", "postgres", null));
  }

  @Test
  void jdbcUrlCarriesUserAndPasswordEncoded() {
    assertThat(new ServerInfo("h", 1, "d b", "u", "p&q").jdbcUrl())
        .isEqualTo("jdbc:postgresql://h:1/d+b?user=u&sslmode=disable&password=p%26q");
  }

  @Test
  void anotherSchemeIsRefusedByName() {
    assertThatThrownBy(() -> ServerInfo.parse("mysql://h/d"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a postgresql:// URI, got scheme \"mysql\" in \"mysql://h/d\"");
  }
}
