package io.pgloop.embedded.impl;

import io.pgloop.embedded.AuthMethod;
import io.pgloop.embedded.TestUser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

/**
 * Writes the configuration of a freshly initialized data directory: settings for a fast, disposable
 * test server with TLS, and a {@code pg_hba.conf} that admits each test user by exactly one method.
 */
public final class ServerConfig {
  private ServerConfig() {}

  /**
   * Appends the settings to {@code postgresql.conf} (later lines win over initdb's) and replaces
   * {@code pg_hba.conf}.
   *
   * @param dataDir the data directory initdb created
   * @param socketDir where the server puts its Unix-domain socket
   * @param ipv6 whether to listen on {@code ::1} too
   * @param certificates the server's TLS files
   * @param users the test users, by method
   * @param superuser the superuser's name
   */
  public static void write(
      Path dataDir,
      Path socketDir,
      boolean ipv6,
      Certificates certificates,
      Map<AuthMethod, TestUser> users,
      String superuser)
      throws IOException {
    String settings =
        String.join(
            "\n",
            "",
            "# pgloop embedded test server",
            "listen_addresses = '" + (ipv6 ? "127.0.0.1,::1" : "127.0.0.1") + "'",
            "unix_socket_directories = '" + quote(socketDir) + "'",
            "max_connections = 300",
            // Durability is worthless for a server deleted after the tests; speed is not.
            "fsync = off",
            "synchronous_commit = off",
            "full_page_writes = off",
            "ssl = on",
            "ssl_cert_file = '" + quote(certificates.serverCert()) + "'",
            "ssl_key_file = '" + quote(certificates.serverKey()) + "'",
            // Lets the server verify client certificates for the cert user.
            "ssl_ca_file = '" + quote(certificates.caCert()) + "'",
            "password_encryption = 'scram-sha-256'",
            "log_line_prefix = '%m [%p] %q%u@%d '",
            "");
    Files.writeString(
        dataDir.resolve("postgresql.conf"),
        settings,
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    Files.writeString(
        dataDir.resolve("pg_hba.conf"), hba(users, superuser), StandardCharsets.UTF_8);
  }

  /** One line per user and loopback address; nothing else gets in over TCP. */
  static String hba(Map<AuthMethod, TestUser> users, String superuser) {
    StringBuilder hba = new StringBuilder();
    hba.append("# TYPE  DATABASE USER ADDRESS METHOD\n");
    hba.append("local all all trust\n");
    for (String address : List.of("127.0.0.1/32", "::1/128")) {
      hba.append("host all ").append(superuser).append(' ').append(address).append(" trust\n");
    }
    for (Map.Entry<AuthMethod, TestUser> entry : users.entrySet()) {
      AuthMethod method = entry.getKey();
      String type = method == AuthMethod.CERT ? "hostssl" : "host";
      for (String address : List.of("127.0.0.1/32", "::1/128")) {
        hba.append(type)
            .append(" all ")
            .append(entry.getValue().name())
            .append(' ')
            .append(address)
            .append(' ')
            .append(hbaMethod(method))
            .append('\n');
      }
    }
    return hba.toString();
  }

  private static String hbaMethod(AuthMethod method) {
    return switch (method) {
      case TRUST -> "trust";
      case PASSWORD -> "password";
      case MD5 -> "md5";
      case SCRAM_SHA_256 -> "scram-sha-256";
      case CERT -> "cert";
    };
  }

  private static String quote(Path path) {
    return path.toAbsolutePath().toString().replace("'", "''");
  }
}
