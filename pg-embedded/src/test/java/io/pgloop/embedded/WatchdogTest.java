package io.pgloop.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * A server must not outlive a JVM that was killed outright (no shutdown hooks run). Not on Windows:
 * the watchdog is a POSIX shell loop, and the test kills its child JVM with SIGKILL.
 */
@DisabledOnOs(OS.WINDOWS)
class WatchdogTest {

  @Test
  void aKilledJvmsServerIsStoppedAndDeleted() throws Exception {
    Process child =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    "-Dmaven.repo.local=" + System.getProperty("maven.repo.local", ""),
                    ServerInChildJvm.class.getName()))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String[] started;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      started = out.readLine().split(" ");
    } finally {
      // SIGKILL: the child's shutdown hook never runs.
      child.destroyForcibly();
    }
    child.waitFor(10, TimeUnit.SECONDS);
    int port = Integer.parseInt(started[0]);
    Path data = Path.of(started[1]);
    Path socket = Path.of(started[2]);

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while ((accepts(port) || Files.exists(data) || Files.exists(socket))
        && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertThat(accepts(port)).as("server on port %d still accepts", port).isFalse();
    assertThat(data).doesNotExist();
    assertThat(socket).doesNotExist();
  }

  private static boolean accepts(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
