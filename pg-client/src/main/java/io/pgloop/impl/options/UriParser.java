package io.pgloop.impl.options;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses libpq's connection URIs into libpq keys, as libpq's {@code conninfo_uri_parse_options}.
 *
 * <pre>
 * postgresql://[user[:password]@][host[:port]][,host[:port]...][/dbname][?key=value[&amp;...]]
 *              └─ user, password ┘ └─ host, port (comma lists) ─┘ └ dbname ┘ └ any key ─┘
 * </pre>
 *
 * Every part is percent-decoded. An IPv6 address is written in brackets. Hosts without a port get
 * an empty entry in the port list, which means the default port. Query keys override what the
 * netloc and path gave; {@code ssl=true} means {@code sslmode=require}, as in libpq (for JDBC
 * URIs).
 */
public final class UriParser {

  private static final String[] PREFIXES = {"postgresql://", "postgres://"};

  private UriParser() {}

  /**
   * Whether {@code s} starts with {@code postgresql://} or {@code postgres://} (case-sensitive).
   */
  public static boolean isUri(String s) {
    return prefixLength(s) > 0;
  }

  private static int prefixLength(String s) {
    for (String prefix : PREFIXES) {
      if (s.startsWith(prefix)) {
        return prefix.length();
      }
    }
    return 0;
  }

  /**
   * The keys and values of {@code uri}, keys in their canonical spelling, in order.
   *
   * @throws IllegalArgumentException if not a URI, on a syntax error, or on an unknown query key
   *     ({@code invalid URI query parameter: "foo"}); messages show the URI with its password
   *     masked
   */
  public static Map<String, String> parse(String uri) {
    int prefix = prefixLength(uri);
    if (prefix == 0) {
      throw new IllegalArgumentException(
          "invalid URI: it must start with \"postgresql://\" or \"postgres://\"");
    }
    Map<String, String> out = new LinkedHashMap<>();
    String s = uri.substring(prefix);
    int n = s.length();
    int p = 0;
    while (p < n && s.charAt(p) != '@' && s.charAt(p) != '/') {
      p++;
    }
    if (p < n && s.charAt(p) == '@') {
      String userinfo = s.substring(0, p);
      int colon = userinfo.indexOf(':');
      String user = colon < 0 ? userinfo : userinfo.substring(0, colon);
      if (!user.isEmpty()) {
        out.put("user", PercentCodec.decode(user, false));
      }
      if (colon >= 0 && colon + 1 < userinfo.length()) {
        out.put("password", PercentCodec.decode(userinfo.substring(colon + 1), true));
      }
      p++;
    } else {
      p = 0;
    }

    StringBuilder hosts = new StringBuilder();
    StringBuilder ports = new StringBuilder();
    char terminator;
    while (true) {
      String host;
      if (p < n && s.charAt(p) == '[') {
        int start = ++p;
        while (p < n && s.charAt(p) != ']') {
          p++;
        }
        if (p >= n) {
          throw new IllegalArgumentException(
              "end of string reached when looking for matching \"]\" in IPv6 host address in URI: \""
                  + masked(uri)
                  + "\"");
        }
        if (p == start) {
          throw new IllegalArgumentException(
              "IPv6 host address may not be empty in URI: \"" + masked(uri) + "\"");
        }
        host = s.substring(start, p++);
        if (p < n && ":/?,".indexOf(s.charAt(p)) < 0) {
          throw new IllegalArgumentException(
              "unexpected character \""
                  + s.charAt(p)
                  + "\" at position "
                  + (prefix + p + 1)
                  + " in URI (expected \":\" or \"/\"): \""
                  + masked(uri)
                  + "\"");
        }
      } else {
        int start = p;
        while (p < n && ":/?,".indexOf(s.charAt(p)) < 0) {
          p++;
        }
        host = s.substring(start, p);
      }
      hosts.append(host);
      terminator = p < n ? s.charAt(p) : '\0';
      if (terminator == ':') {
        int start = ++p;
        while (p < n && "/?,".indexOf(s.charAt(p)) < 0) {
          p++;
        }
        ports.append(s, start, p);
        terminator = p < n ? s.charAt(p) : '\0';
      }
      if (terminator != ',') {
        break;
      }
      p++;
      hosts.append(',');
      ports.append(',');
    }
    if (hosts.length() > 0) {
      out.put("host", PercentCodec.decode(hosts.toString(), false));
    }
    if (ports.length() > 0) {
      out.put("port", PercentCodec.decode(ports.toString(), false));
    }

    if (terminator == '/') {
      int start = ++p;
      while (p < n && s.charAt(p) != '?') {
        p++;
      }
      String dbname = s.substring(start, p);
      // An empty path sets nothing, so that PGDATABASE still applies, as in libpq.
      if (!dbname.isEmpty()) {
        out.put("dbname", PercentCodec.decode(dbname, false));
      }
      terminator = p < n ? '?' : '\0';
    }
    if (terminator == '?') {
      parseQuery(s.substring(p + 1), out);
    }
    return out;
  }

  private static void parseQuery(String query, Map<String, String> out) {
    int n = query.length();
    int p = 0;
    while (p < n) {
      int start = p;
      int eq = -1;
      while (p < n && query.charAt(p) != '&') {
        if (query.charAt(p) == '=') {
          if (eq >= 0) {
            throw new IllegalArgumentException(
                "extra key/value separator \"=\" in URI query parameter: \""
                    + query.substring(start, eq)
                    + "\"");
          }
          eq = p;
        }
        p++;
      }
      if (eq < 0) {
        throw new IllegalArgumentException(
            "missing key/value separator \"=\" in URI query parameter: \""
                + query.substring(start, p)
                + "\"");
      }
      String key = PercentCodec.decode(query.substring(start, eq), false);
      String value = PercentCodec.decode(query.substring(eq + 1, p), Keyword.isSecret(key));
      if (key.equals("ssl") && value.equals("true")) {
        key = "sslmode";
        value = "require";
      }
      Keyword.store(out, key, value, "invalid URI query parameter: \"" + key + "\"");
      p++;
    }
  }

  /** {@code uri} with the password of its user info, if any, replaced by {@code ***}. */
  static String masked(String uri) {
    int prefix = prefixLength(uri);
    int end = prefix;
    while (end < uri.length() && uri.charAt(end) != '@' && uri.charAt(end) != '/') {
      end++;
    }
    if (end >= uri.length() || uri.charAt(end) != '@') {
      return uri;
    }
    int colon = uri.indexOf(':', prefix);
    if (colon < 0 || colon > end) {
      return uri;
    }
    return uri.substring(0, colon + 1) + "***" + uri.substring(end);
  }
}
