package io.pgloop.benchmarks;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where the server is and who to connect as, in the one shape every client adapter can turn into
 * its own options.
 *
 * @param password null when the server trusts the user
 */
public record ServerInfo(String host, int port, String database, String user, String password) {

  /**
   * Reads a {@code postgresql://user:password@host:port/database} URI (the scheme {@code
   * postgres://} too); the port defaults to 5432, the user to {@code postgres}, the database to the
   * user.
   *
   * @throws IllegalArgumentException when the text is not such a URI
   */
  public static ServerInfo parse(String uri) {
    URI parsed;
    try {
      parsed = URI.create(uri.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a postgresql:// URI: \"" + uri + "\"", e);
    }
    String scheme = parsed.getScheme();
    if (!"postgresql".equals(scheme) && !"postgres".equals(scheme)) {
      throw new IllegalArgumentException(
          "expected a postgresql:// URI, got scheme \"" + scheme + "\" in \"" + uri + "\"");
    }
    if (parsed.getHost() == null) {
      throw new IllegalArgumentException("no host in \"" + uri + "\"");
    }
    String user = "postgres";
    String password = null;
    String userInfo = parsed.getRawUserInfo();
    if (userInfo != null && !userInfo.isEmpty()) {
      int colon = userInfo.indexOf(':');
      user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
      password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
    }
    String path = parsed.getPath();
    String database = path == null || path.length() <= 1 ? user : decode(path.substring(1));
    int port = parsed.getPort() < 0 ? 5432 : parsed.getPort();
    return new ServerInfo(parsed.getHost(), port, database, user, password);
  }

  /** The pgjdbc URL, with the connection properties every pgjdbc variant shares. */
  public String jdbcUrl() {
    StringBuilder url =
        new StringBuilder("jdbc:postgresql://")
            .append(host)
            .append(':')
            .append(port)
            .append('/')
            .append(encode(database))
            .append("?user=")
            .append(encode(user))
            .append("&sslmode=disable");
    if (password != null) {
      url.append("&password=").append(encode(password));
    }
    return url.toString();
  }

  /** The address without the password, for the report. */
  public String describe() {
    return user + "@" + host + ":" + port + "/" + database;
  }

  private static String decode(String s) {
    // URLDecoder reads '+' as a space, as in forms; in a URI it is a literal plus.
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
