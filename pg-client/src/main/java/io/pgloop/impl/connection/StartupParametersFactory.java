package io.pgloop.impl.connection;

import io.pgloop.PgConnectOptions;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the startup exchange's parameters for one host from the options. */
final class StartupParametersFactory {

  private StartupParametersFactory() {}

  static StartupParameters create(PgConnectOptions options, String password) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("user", options.getUser());
    parameters.put("database", options.getDatabase());
    String applicationName =
        options.getApplicationName() != null
            ? options.getApplicationName()
            : options.getFallbackApplicationName();
    if (applicationName != null) {
      parameters.put("application_name", applicationName);
    }
    // The codecs read text in these settings: UTF-8, ISO dates, postgres intervals, floats that
    // round-trip. A client's setting beats a role's or a database's, so ALTER ROLE ... SET
    // IntervalStyle cannot change what the codecs receive.
    parameters.put("client_encoding", "UTF8");
    parameters.put("DateStyle", "ISO");
    parameters.put("IntervalStyle", "postgres");
    parameters.put("extra_float_digits", "3");
    if (options.getOptions() != null) {
      parameters.put("options", options.getOptions());
    }
    parameters.putAll(options.getProperties());
    return new StartupParameters(
        parameters,
        options.getUser(),
        password,
        options.getChannelBinding().value(),
        options.getRequireAuth(),
        options.getScramIterationCap(),
        options.getMaxProtocolVersion().code() & 0xffff,
        options.getMinProtocolVersion().code() & 0xffff);
  }
}
