package io.pgloop.embedded.impl;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;

/**
 * One published PostgreSQL distribution: a {@code .txz} archive inside a jar.
 *
 * @param major the PostgreSQL major version, e.g. 18
 * @param version the artifact version, e.g. {@code 18.6.0}
 * @param platform the platform the binaries are built for
 * @param archive where the {@code .txz} archive is
 */
public record Binaries(int major, String version, Platform platform, URL archive) {

  /** The name of the directory the binaries are unpacked into, e.g. {@code 18.6.0-linux-amd64}. */
  public String cacheName() {
    return version + "-" + platform.artifactPlatform();
  }

  /** Opens the archive; the caller closes the stream. */
  public InputStream open() throws IOException {
    URLConnection connection = archive.openConnection();
    // A cached JarFile would stay open (and locked on Windows) for the life of the JVM.
    connection.setUseCaches(false);
    return connection.getInputStream();
  }
}
