package io.pgloop.embedded.impl;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.embedded.AuthMethod;
import io.pgloop.embedded.TestUser;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerConfigTest {

  @Test
  void hbaAdmitsEachUserByItsMethodOnlyAndTheCertUserOnlyOverTls() {
    Map<AuthMethod, TestUser> users = new EnumMap<>(AuthMethod.class);
    users.put(AuthMethod.MD5, new TestUser("u_md5", "x"));
    users.put(AuthMethod.CERT, new TestUser("u_cert", "x"));

    assertThat(ServerConfig.hba(users, "postgres"))
        .isEqualTo(
            "# TYPE  DATABASE USER ADDRESS METHOD\n"
                + "local all all trust\n"
                + "host all postgres 127.0.0.1/32 trust\n"
                + "host all postgres ::1/128 trust\n"
                + "host all u_md5 127.0.0.1/32 md5\n"
                + "host all u_md5 ::1/128 md5\n"
                + "hostssl all u_cert 127.0.0.1/32 cert\n"
                + "hostssl all u_cert ::1/128 cert\n");
  }
}
