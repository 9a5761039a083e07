package io.pgloop.codegen;

/**
 * Maps the package of a wrapped interface to the package of its wrapper by replacing a prefix
 * ({@code io.pgloop} to {@code io.pgloop.mutiny}), or, when no prefix is configured, by appending
 * the flavor's name ({@code io.pgloop} to {@code io.pgloop.rxjava3}).
 */
final class PackageMapper {

  private final String from;
  private final String to;
  private final String suffix;

  private PackageMapper(String from, String to, String suffix) {
    this.from = from;
    this.to = to;
    this.suffix = suffix;
  }

  /** A prefix replacement: {@code from} and its sub-packages go under {@code to}. */
  static PackageMapper replacing(String from, String to) {
    return new PackageMapper(from, to, null);
  }

  /** Every package gets the same sub-package. */
  static PackageMapper appending(String suffix) {
    return new PackageMapper(null, null, suffix);
  }

  /**
   * The wrapper package of {@code source}.
   *
   * @throws IllegalArgumentException when {@code source} is not under the configured prefix
   */
  String map(String source) {
    if (suffix != null) {
      return source + "." + suffix;
    }
    if (source.equals(from)) {
      return to;
    }
    if (source.startsWith(from + ".")) {
      return to + source.substring(from.length());
    }
    throw new IllegalArgumentException(
        "package "
            + source
            + " is not under "
            + WrapperProcessor.OPTION_PACKAGE_FROM
            + "="
            + from
            + ": its wrappers would have no package");
  }
}
