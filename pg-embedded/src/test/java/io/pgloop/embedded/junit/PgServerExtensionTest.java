package io.pgloop.embedded.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PgServerExtension.class)
class PgServerExtensionTest {

  private final TestServer fromConstructor;

  PgServerExtensionTest(TestServer server) {
    this.fromConstructor = server;
  }

  @Test
  void injectsTheSharedServerIntoConstructorsAndMethods(TestServer server) throws SQLException {
    assertThat(server).isSameAs(fromConstructor).isSameAs(TestServer.shared());
    String url =
        "jdbc:postgresql://" + server.host() + ":" + server.port() + "/" + server.database();
    try (Connection c = DriverManager.getConnection(url, server.user(), server.password());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT 1 + 1")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(2);
    }
  }
}
