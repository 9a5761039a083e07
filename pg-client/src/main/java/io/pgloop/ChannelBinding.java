package io.pgloop;

import io.pgloop.impl.options.LibpqValues;

/**
 * Whether SCRAM authentication binds itself to the TLS channel ({@code SCRAM-SHA-256-PLUS}):
 * libpq's {@code channel_binding}. The default is {@link #PREFER}.
 */
public enum ChannelBinding {
  /** Never use channel binding. */
  DISABLE("disable"),
  /** Use channel binding when TLS is on and the server offers it. */
  PREFER("prefer"),
  /** Fail the connection unless the server authenticates with channel binding. */
  REQUIRE("require");

  private final String value;

  ChannelBinding(String value) {
    this.value = value;
  }

  /** The libpq spelling, for example {@code prefer}. */
  public String value() {
    return value;
  }

  /**
   * Reads a value in libpq's spelling.
   *
   * @throws IllegalArgumentException {@code invalid channel_binding value: "foo" (allowed: disable,
   *     prefer, require)}
   */
  public static ChannelBinding parse(String value) {
    return LibpqValues.parseEnum("channel_binding", value, values(), ChannelBinding::value);
  }
}
