package io.pgloop.impl.options;

import io.pgloop.PgConnectOptions;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a connection string and an environment into {@link PgConnectOptions}, as libpq does: parse
 * the string into keys, fill the keys it lacks from the environment, apply the keys over the
 * defaults, then validate.
 */
public final class ConnectionStrings {

  private ConnectionStrings() {}

  /**
   * Options from a URI alone.
   *
   * @throws IllegalArgumentException if {@code uri} is not a {@code postgresql://} URI or is
   *     invalid
   */
  public static PgConnectOptions fromUri(String uri) {
    return build(UriParser.parse(uri), Map.of());
  }

  /**
   * Options from a URI or {@code key=value} string (empty for none), over {@code env}.
   *
   * @throws IllegalArgumentException if the string or a variable is invalid
   */
  public static PgConnectOptions parse(String connString, Map<String, String> env) {
    Map<String, String> keys =
        UriParser.isUri(connString)
            ? UriParser.parse(connString)
            : ConninfoParser.parse(connString);
    return build(keys, env);
  }

  private static PgConnectOptions build(Map<String, String> given, Map<String, String> env) {
    Map<String, String> keys = new LinkedHashMap<>(given);
    for (Keyword k : Keyword.values()) {
      if (k.envVar() != null && !keys.containsKey(k.key()) && env.get(k.envVar()) != null) {
        keys.put(k.key(), env.get(k.envVar()));
      }
    }
    // libpq sends these two with SET after connecting; pgloop sends them at startup.
    fromEnv(keys, env, "PGTZ", "TimeZone");
    fromEnv(keys, env, "PGDATESTYLE", "DateStyle");

    PgConnectOptions options = new PgConnectOptions();
    if (keys.containsKey("host") || keys.containsKey("hostaddr") || keys.containsKey("port")) {
      options.setHosts(HostList.build(keys.get("host"), keys.get("hostaddr"), keys.get("port")));
    }
    for (Map.Entry<String, String> e : keys.entrySet()) {
      String value = e.getValue();
      if (value.isEmpty()) {
        // libpq treats an empty value as not given.
        continue;
      }
      Keyword keyword = Keyword.find(e.getKey()).orElse(null);
      if (keyword == null) {
        options.setProperty(e.getKey(), value);
      } else if (!keyword.isHostList()) {
        keyword.apply(options, value);
      }
    }
    return options.validate();
  }

  private static void fromEnv(
      Map<String, String> keys, Map<String, String> env, String var, String parameter) {
    if (!keys.containsKey(parameter) && env.get(var) != null) {
      keys.put(parameter, env.get(var));
    }
  }
}
