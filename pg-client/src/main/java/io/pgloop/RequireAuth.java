package io.pgloop;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The authentication methods a client accepts from the server: libpq's {@code require_auth}.
 *
 * <p>The value is a comma-separated list of {@link Method} names. Without {@code !} it lists the
 * only methods allowed ({@code scram-sha-256,none}); with {@code !} on every element it lists the
 * methods refused, everything else being allowed ({@code !password,!md5}). {@code none} stands for
 * a server that asks for no authentication at all (trust, or a client certificate alone). An empty
 * value, {@link #ANY}, allows everything. Immutable.
 */
public final class RequireAuth {

  /** An authentication method, spelled as in libpq. */
  public enum Method {
    /** Clear-text password. */
    PASSWORD("password"),
    /** MD5-hashed password. */
    MD5("md5"),
    /** Kerberos through GSSAPI. */
    GSS("gss"),
    /** Windows SSPI. */
    SSPI("sspi"),
    /** SCRAM-SHA-256, with or without channel binding. */
    SCRAM_SHA_256("scram-sha-256"),
    /** OAuth bearer token (PostgreSQL 18). */
    OAUTH("oauth"),
    /** No authentication request from the server. */
    NONE("none");

    private final String value;

    Method(String value) {
      this.value = value;
    }

    /** The libpq spelling, for example {@code scram-sha-256}. */
    public String value() {
      return value;
    }
  }

  /** No restriction: every method, and none, is allowed. libpq's default. */
  public static final RequireAuth ANY = new RequireAuth(EnumSet.allOf(Method.class), "");

  private final Set<Method> allowed;
  private final String spec;

  private RequireAuth(Set<Method> allowed, String spec) {
    this.allowed = Collections.unmodifiableSet(allowed);
    this.spec = spec;
  }

  /**
   * Reads a {@code require_auth} value; {@code null} or empty gives {@link #ANY}.
   *
   * @throws IllegalArgumentException with libpq's texts: {@code invalid require_auth value: "foo"},
   *     {@code require_auth method "md5" cannot be mixed with negative methods}, {@code negative
   *     require_auth method "!md5" cannot be mixed with non-negative methods}, {@code require_auth
   *     method "md5" is specified more than once}
   */
  public static RequireAuth parse(String value) {
    if (value == null || value.isEmpty()) {
      return ANY;
    }
    String[] parts = value.split(",", -1);
    boolean negated = parts[0].startsWith("!");
    Set<Method> named = new LinkedHashSet<>();
    for (String part : parts) {
      boolean bang = part.startsWith("!");
      if (bang && !negated) {
        throw new IllegalArgumentException(
            "negative require_auth method \""
                + part
                + "\" cannot be mixed with non-negative methods");
      }
      if (!bang && negated) {
        throw new IllegalArgumentException(
            "require_auth method \"" + part + "\" cannot be mixed with negative methods");
      }
      Method method = method(bang ? part.substring(1) : part);
      if (!named.add(method)) {
        throw new IllegalArgumentException(
            "require_auth method \"" + part + "\" is specified more than once");
      }
    }
    EnumSet<Method> allowed;
    if (negated) {
      allowed = EnumSet.allOf(Method.class);
      allowed.removeAll(named);
    } else {
      allowed = EnumSet.noneOf(Method.class);
      allowed.addAll(named);
    }
    return new RequireAuth(allowed, value);
  }

  private static Method method(String name) {
    for (Method method : Method.values()) {
      if (method.value.equals(name)) {
        return method;
      }
    }
    throw new IllegalArgumentException("invalid require_auth value: \"" + name + "\"");
  }

  /** Whether the server may authenticate this client with {@code method}. */
  public boolean allows(Method method) {
    return allowed.contains(method);
  }

  /** The methods allowed, {@link Method#NONE} included when a server may skip authentication. */
  public Set<Method> allowed() {
    return allowed;
  }

  /** Whether this restricts anything, that is, whether it is not {@link #ANY}. */
  public boolean isRestricted() {
    return allowed.size() < Method.values().length;
  }

  /** The value as given to {@link #parse(String)}; empty for {@link #ANY}. */
  @Override
  public String toString() {
    return spec;
  }

  /** Equal when the same methods are allowed, however they were spelled. */
  @Override
  public boolean equals(Object o) {
    return o instanceof RequireAuth other && allowed.equals(other.allowed);
  }

  @Override
  public int hashCode() {
    return allowed.hashCode();
  }
}
