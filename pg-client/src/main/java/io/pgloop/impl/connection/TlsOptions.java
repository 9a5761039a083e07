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
    boolean system = "system".equals(rootCert);
    boolean rootExists = system || (rootCert != null && Files.isReadable(Path.of(rootCert)));
    boolean verify =
        mode == SslMode.VERIFY_CA
            || mode == SslMode.VERIFY_FULL
            || (mode == SslMode.REQUIRE && rootExists);
    if (!verify) {
      ssl.setTrustAll(true);
    } else if (!system) {
      if (!rootExists) {
        throw new PgConnectionException(
            "root certificate file \""
                + rootCert
                + "\" does not exist; either provide the file, use the system's trusted roots with"
                + " sslrootcert=system, or change sslmode to disable server certificate"
                + " verification");
      }
      ssl.setTrustOptions(new PemTrustOptions().addCertPath(rootCert));
    }
    ssl.setHostnameVerificationAlgorithm(mode == SslMode.VERIFY_FULL || system ? "HTTPS" : "");
    clientCertificate(options, ssl);
    if (direct) {
      ssl.setUseAlpn(true).setApplicationLayerProtocols(List.of(ALPN_POSTGRESQL));
    }
    return ssl;
  }

  /**
   * As libpq: a client certificate is sent when its file exists (sslcert, by default
   * ~/.postgresql/postgresql.crt); its key must then exist too.
   */
  private static void clientCertificate(PgConnectOptions options, ClientSSLOptions ssl) {
    Path cert =
        options.getSslCert() != null
            ? options.getSslCert()
            : postgresqlDir().resolve("postgresql.crt");
    if (!Files.isReadable(cert)) {
      return;
    }
    Path key =
        options.getSslKey() != null
            ? options.getSslKey()
            : postgresqlDir().resolve("postgresql.key");
    if (!Files.isReadable(key)) {
      throw new PgConnectionException(
          "certificate present, but not private key file \"" + key + "\"");
    }
    ssl.setKeyCertOptions(
        new PemKeyCertOptions().setCertPath(cert.toString()).setKeyPath(key.toString()));
  }

  private static Path postgresqlDir() {
    return Path.of(System.getProperty("user.home"), ".postgresql");
  }
}
