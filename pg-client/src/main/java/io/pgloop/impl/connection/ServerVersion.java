package io.pgloop.impl.connection;

/** Reads {@code server_version} ("16.4", "18beta1", "10.23 (Debian 10.23-1)") as a number. */
final class ServerVersion {

  private ServerVersion() {}

  /**
   * The version as {@code server_version_num} would give it: major * 10000 + minor for 10 and
   * later; 0 when the text is absent or unreadable.
   */
  static int parse(String version) {
    if (version == null) {
      return 0;
    }
    int[] parts = new int[3];
    int part = 0;
    boolean digits = false;
    for (int i = 0; i < version.length() && part < 3; i++) {
      char c = version.charAt(i);
      if (c >= '0' && c <= '9') {
        parts[part] = parts[part] * 10 + (c - '0');
        digits = true;
      } else if (c == '.' && digits) {
        part++;
        digits = false;
      } else {
        break;
      }
    }
    if (parts[0] >= 10) {
      return parts[0] * 10000 + parts[1];
    }
    return parts[0] * 10000 + parts[1] * 100 + parts[2];
  }
}
