package io.pgloop.impl.connection;

import io.pgloop.PgConnectOptions;
import io.pgloop.PgConnectionException;
import io.pgloop.SslMode;
import io.vertx.core.net.ClientSSLOptions;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.core.net.PemTrustOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The TLS settings of a connection, from sslmode, sslrootcert, sslcert and sslkey, with libpq's
 * rules: verify-ca and verify-full check the chain against the root certificate (the JDK's trust
 * store with {@code sslrootcert=system}); verify-full also checks the host name; require checks
 * nothing, unless a root certificate is given, when it acts as verify-ca.
 */
final class TlsOptions {

  /** The ALPN protocol name PostgreSQL 17 requires with direct SSL. */
  static final String ALPN_POSTGRESQL = "postgresql";

  private TlsOptions() {}

  static ClientSSLOptions of(PgConnectOptions options, boolean direct) {
    ClientSSLOptions ssl = new ClientSSLOptions();
    SslMode mode = options.getSslMode();
    String rootCert = options.getSslRootCert();
    Path defaultRoot = postgresqlDir().resolve("root.crt");
    if (rootCert == null && Files.isReadable(defaultRoot)) {
      rootCert = defaultRoot.toString();
    }
    boolean verify =
        mode == SslMode.VERIFY_CA
            || mode == SslMode.VERIFY_FULL
            || (mode == SslMode.REQUIRE && options.getSslRootCert() != null);
    if (!verify) {
      ssl.setTrustAll(true);
    } else if (!"system".equals(rootCert)) {
      if (rootCert == null) {
        throw new PgConnectionException(
            "root certificate file \""
                + defaultRoot
                + "\" does not exist; either provide the file, use the system's trusted roots with"
                + " sslrootcert=system, or change sslmode to disable server certificate"
                + " verification");
      }
      ssl.setTrustOptions(new PemTrustOptions().addCertPath(rootCert));
    }
    ssl.setHostnameVerificationAlgorithm(
        mode == SslMode.VERIFY_FULL || "system".equals(rootCert) ? "HTTPS" : "");
    clientCertificate(options, ssl);
    if (direct) {
      ssl.setUseAlpn(true).setApplicationLayerProtocols(List.of(ALPN_POSTGRESQL));
    }
    return ssl;
  }

  private static void clientCertificate(PgConnectOptions options, ClientSSLOptions ssl) {
    String cert = options.getSslCert() == null ? null : options.getSslCert().toString();
    String key = options.getSslKey() == null ? null : options.getSslKey().toString();
    if (cert == null) {
      Path defaultCert = postgresqlDir().resolve("postgresql.crt");
      cert = Files.isReadable(defaultCert) ? defaultCert.toString() : null;
    }
    if (key == null) {
      Path defaultKey = postgresqlDir().resolve("postgresql.key");
      key = Files.isReadable(defaultKey) ? defaultKey.toString() : null;
    }
    if (cert != null && key != null) {
      ssl.setKeyCertOptions(new PemKeyCertOptions().setCertPath(cert).setKeyPath(key));
    }
  }

  private static Path postgresqlDir() {
    return Path.of(System.getProperty("user.home"), ".postgresql");
  }
}
