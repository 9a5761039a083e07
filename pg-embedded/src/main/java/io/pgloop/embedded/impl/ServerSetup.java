package io.pgloop.embedded.impl;

import io.pgloop.embedded.AuthMethod;
import io.pgloop.embedded.TestUser;
import java.io.IOException;
import java.net.SocketAddress;
import java.util.Map;

/**
 * Creates what tests expect in a started server: the test database, one user per authentication
 * method with its password stored the way the method needs, and the rights to create objects.
 */
public final class ServerSetup {
  private ServerSetup() {}

  /**
   * Runs the setup as the superuser over {@code address} and returns the server's version.
   *
   * @return {@code server_version}, e.g. {@code 18.6}
   */
  public static String run(
      SocketAddress address,
      String superuser,
      String superuserPassword,
      String database,
      Map<AuthMethod, TestUser> users,
      long timeoutMillis)
      throws IOException {
    String version;
    try (SimpleQueryClient admin =
        SimpleQueryClient.connect(address, superuser, "postgres", timeoutMillis)) {
      version = admin.query("SHOW server_version").get(0).get(0);
      // Trusted anyway; a password lets clients that always send one (and URIs) work unchanged.
      admin.query("ALTER ROLE " + ident(superuser) + " PASSWORD " + literal(superuserPassword));
      for (Map.Entry<AuthMethod, TestUser> entry : users.entrySet()) {
        TestUser user = entry.getValue();
        // The hash is chosen when the password is set: md5 needs an MD5 hash, while password
        // and scram-sha-256 work with a SCRAM verifier.
        String encryption = entry.getKey() == AuthMethod.MD5 ? "md5" : "scram-sha-256";
        admin.query("SET password_encryption = '" + encryption + "'");
        admin.query(
            "CREATE ROLE " + ident(user.name()) + " LOGIN PASSWORD " + literal(user.password()));
      }
      admin.query("RESET password_encryption");
      // CREATE DATABASE cannot share a (multi-statement) transaction, so one statement per query.
      admin.query("CREATE DATABASE " + ident(database));
      admin.query("GRANT ALL ON DATABASE " + ident(database) + " TO PUBLIC");
    }
    try (SimpleQueryClient admin =
        SimpleQueryClient.connect(address, superuser, database, timeoutMillis)) {
      // Since PostgreSQL 15 only the owner may create in schema public; the tests' users need to.
      admin.query("GRANT ALL ON SCHEMA public TO PUBLIC");
    }
    return version;
  }

  private static String ident(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  private static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
