package io.pgloop.impl.options;

import io.pgloop.ChannelBinding;
import io.pgloop.HostAndPort;
import io.pgloop.LoadBalanceHosts;
import io.pgloop.PgConnectOptions;
import io.pgloop.ProtocolVersion;
import io.pgloop.SslMode;
import io.pgloop.SslNegotiation;
import io.pgloop.TargetSessionAttrs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes {@link PgConnectOptions} as a libpq URI that {@link UriParser} reads back to the same
 * options. pgloop's own limits (pipelining, message size, SCRAM cap) have no libpq key and are left
 * out.
 */
public final class UriWriter {

  private static final String MASK = "***";

  private UriWriter() {}

  /**
   * The URI of {@code o}.
   *
   * @param mask whether to write {@code ***} in place of the password and the key password
   */
  public static String write(PgConnectOptions o, boolean mask) {
    StringBuilder uri = new StringBuilder("postgresql://");
    uri.append(enc(o.getUser()));
    if (o.getPassword() != null) {
      uri.append(':').append(mask ? MASK : enc(o.getPassword()));
    }
    uri.append('@');
    List<HostAndPort> hosts = o.getHosts();
    uri.append(hosts.stream().map(UriWriter::netloc).collect(Collectors.joining(",")));
    uri.append('/').append(enc(o.getDatabase()));

    Map<String, String> q = new LinkedHashMap<>();
    if (hosts.stream().anyMatch(h -> h.hostaddr() != null)) {
      q.put(
          "hostaddr",
          hosts.stream()
              .map(h -> h.hostaddr() == null ? "" : h.hostaddr())
              .collect(Collectors.joining(",")));
    }
    putPath(q, "passfile", o.getPassfile(), DefaultPaths.passfile());
    putIf(q, "application_name", o.getApplicationName());
    putIf(q, "fallback_application_name", o.getFallbackApplicationName());
    putDuration(q, "connect_timeout", o.getConnectTimeout(), false);
    if (o.getSslMode() != SslMode.PREFER) {
      q.put("sslmode", o.getSslMode().value());
    }
    Path defaultRoot = DefaultPaths.sslFile("root.crt");
    if (!Objects.equals(o.getSslRootCert(), defaultRoot == null ? null : defaultRoot.toString())) {
      q.put("sslrootcert", o.getSslRootCert());
    }
    putPath(q, "sslcert", o.getSslCert(), DefaultPaths.sslFile("postgresql.crt"));
    putPath(q, "sslkey", o.getSslKey(), DefaultPaths.sslFile("postgresql.key"));
    if (o.getSslPassword() != null) {
      q.put("sslpassword", o.getSslPassword());
    }
    putPath(q, "sslcrl", o.getSslCrl(), null);
    putPath(q, "sslcrldir", o.getSslCrlDir(), null);
    if (!o.getSslMinProtocolVersion().equals(PgConnectOptions.DEFAULT_SSL_MIN_PROTOCOL_VERSION)) {
      q.put("ssl_min_protocol_version", o.getSslMinProtocolVersion());
    }
    putIf(q, "ssl_max_protocol_version", o.getSslMaxProtocolVersion());
    if (o.getSslNegotiation() != SslNegotiation.POSTGRES) {
      q.put("sslnegotiation", o.getSslNegotiation().value());
    }
    if (o.getChannelBinding() != ChannelBinding.PREFER) {
      q.put("channel_binding", o.getChannelBinding().value());
    }
    if (o.getRequireAuth().isRestricted()) {
      q.put("require_auth", o.getRequireAuth().toString());
    }
    if (o.getTargetSessionAttrs() != TargetSessionAttrs.ANY) {
      q.put("target_session_attrs", o.getTargetSessionAttrs().value());
    }
    if (o.getLoadBalanceHosts() != LoadBalanceHosts.DISABLE) {
      q.put("load_balance_hosts", o.getLoadBalanceHosts().value());
    }
    if (!o.isKeepalives()) {
      q.put("keepalives", "0");
    }
    putDuration(q, "keepalives_idle", o.getKeepalivesIdle(), false);
    putDuration(q, "keepalives_interval", o.getKeepalivesInterval(), false);
    if (o.getKeepalivesCount() != 0) {
      q.put("keepalives_count", Integer.toString(o.getKeepalivesCount()));
    }
    putDuration(q, "tcp_user_timeout", o.getTcpUserTimeout(), true);
    ProtocolVersion min = o.getMinProtocolVersion();
    if (min != ProtocolVersion.V3_0) {
      q.put("min_protocol_version", min.value());
    }
    ProtocolVersion defaultMax =
        min.compareTo(ProtocolVersion.V3_0) > 0 ? ProtocolVersion.latest() : ProtocolVersion.V3_0;
    if (o.getMaxProtocolVersion() != defaultMax) {
      q.put("max_protocol_version", o.getMaxProtocolVersion().value());
    }
    if (o.isClientSideBinding()) {
      q.put("client_side_binding", "true");
    }
    if (o.isRewriteBatchedInserts()) {
      q.put("rewrite_batched_inserts", "true");
    }
    StringBuilder options = new StringBuilder(o.getOptions() == null ? "" : o.getOptions());
    o.getProperties()
        .forEach(
            (name, value) -> {
              if (ServerParameters.passThrough(name).isPresent()) {
                q.put(name, value);
              } else {
                // Not a key libpq (or pgloop) reads back: the server's own -c syntax carries it.
                options.append(options.length() == 0 ? "" : " ").append("-c ");
                options.append(escapeOption(name)).append('=').append(escapeOption(value));
              }
            });
    if (options.length() > 0) {
      q.put("options", options.toString());
    }
    if (!q.isEmpty()) {
      uri.append('?');
      uri.append(
          q.entrySet().stream()
              .map(
                  e ->
                      enc(e.getKey())
                          + "="
                          + (mask && Keyword.isSecret(e.getKey()) ? MASK : enc(e.getValue())))
              .collect(Collectors.joining("&")));
    }
    return uri.toString();
  }

  private static String netloc(HostAndPort h) {
    String host =
        h.host().indexOf(':') >= 0 ? "[" + PercentCodec.encode(h.host(), ":") + "]" : enc(h.host());
    return host + ":" + h.port();
  }

  private static String enc(String s) {
    return PercentCodec.encode(s, "");
  }

  private static void putIf(Map<String, String> q, String key, String value) {
    if (value != null) {
      q.put(key, value);
    }
  }

  private static void putPath(Map<String, String> q, String key, Path value, Path dflt) {
    if (value != null && !value.equals(dflt)) {
      q.put(key, value.toString());
    }
  }

  // Whole seconds (or milliseconds), rounded up so that a short timeout never becomes none.
  private static void putDuration(Map<String, String> q, String key, Duration d, boolean millis) {
    if (d.isZero()) {
      return;
    }
    long unit = millis ? 1_000_000L : 1_000_000_000L;
    long n = (d.toNanos() + unit - 1) / unit;
    q.put(key, Long.toString(n));
  }

  // The server splits options at whitespace; a backslash keeps the next character.
  private static String escapeOption(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' || Character.isWhitespace(c)) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
