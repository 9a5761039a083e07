package io.pgloop.embedded.impl;

import io.pgloop.embedded.AuthMethod;
import io.pgloop.embedded.EmbeddedPostgres;
import io.pgloop.embedded.EmbeddedPostgresException;
import io.pgloop.embedded.TestUser;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The {@code postgres} process of one server: initializes the data directory, starts the server as
 * a child of this JVM (not through pg_ctl, so that its lifetime is ours to control), waits until it
 * accepts connections, and stops it.
 */
public final class ServerProcess {

  private static final String SUPERUSER = EmbeddedPostgres.SUPERUSER;

  /** The superuser's password; trust lets it in without one, but clients may send it. */
  public static final String SUPERUSER_PASSWORD = "postgres";

  private static final int PORT_ATTEMPTS = 3;
  private static final boolean WINDOWS =
      System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

  private final Process process;
  private final ServerDirectories directories;
  private final int port;
  private final String version;
  private final Watchdog watchdog;

  private ServerProcess(
      Process process, ServerDirectories directories, int port, String version, Watchdog watchdog) {
    this.process = process;
    this.directories = directories;
    this.port = port;
    this.version = version;
    this.watchdog = watchdog;
  }

  /**
   * Initializes the data directory (from a template made by initdb), writes the configuration,
   * starts the server and sets it up.
   *
   * @param binaries the binaries
   * @param cacheRoot the shared cache, where initialized data directories are kept too
   * @param home the unpacked binaries
   * @throws EmbeddedPostgresException when a step fails or the server is not ready in time; the
   *     message holds the tail of the log
   */
  public static ServerProcess start(
      Binaries binaries,
      Path cacheRoot,
      Path home,
      ServerDirectories directories,
      Certificates certificates,
      Map<AuthMethod, TestUser> users,
      ProcessRunner runner,
      Duration timeout) {
    try {
      runner.giveToServer(certificates.serverKey());
      DataDirectoryTemplate.initialize(
          home, binaries.cacheName(), cacheRoot, directories.data(), runner, timeout);
      ServerConfig.write(
          directories.data(),
          directories.socket(),
          ipv6LoopbackUsable(),
          certificates,
          users,
          SUPERUSER);
    } catch (IOException e) {
      throw new EmbeddedPostgresException("Cannot configure " + directories.data() + ": " + e, e);
    }
    for (int attempt = 1; ; attempt++) {
      int port = freePort();
      Process process = launch(home, directories, runner, port);
      ServerProcess server = null;
      try {
        SocketAddress address = setupAddress(directories, port);
        if (awaitReady(process, address, directories, timeout)) {
          String version =
              ServerSetup.run(
                  address,
                  SUPERUSER,
                  SUPERUSER_PASSWORD,
                  EmbeddedPostgres.DATABASE,
                  users,
                  timeout.toMillis());
          server =
              new ServerProcess(
                  process,
                  directories,
                  port,
                  version,
                  Watchdog.start(postmasterPid(directories, process), directories));
          return server;
        }
        if (attempt == PORT_ATTEMPTS || !portTaken(directories)) {
          throw new EmbeddedPostgresException(
              "PostgreSQL exited during start (exit code "
                  + process.exitValue()
                  + "):\n"
                  + LogTail.of(directories.log(), 40));
        }
      } catch (IOException e) {
        throw new EmbeddedPostgresException(
            "Cannot set up the started PostgreSQL: " + e + "\n" + LogTail.of(directories.log(), 40),
            e);
      } finally {
        if (server == null) {
          new ServerProcess(process, directories, port, null, null).stop(Duration.ofSeconds(5));
        }
      }
    }
  }

  /** The TCP port it listens on. */
  public int port() {
    return port;
  }

  /** {@code server_version}, e.g. {@code 18.6}. */
  public String version() {
    return version;
  }

  /**
   * Stops the server: SIGINT (PostgreSQL's fast shutdown, which does not wait for clients to
   * disconnect as SIGTERM's smart shutdown does), then a kill once {@code grace} has passed.
   */
  public void stop(Duration grace) {
    if (watchdog != null) {
      watchdog.cancel();
    }
    long pid = postmasterPid(directories, process);
    try {
      if (!WINDOWS && process.isAlive()) {
        new ProcessBuilder("kill", "-INT", Long.toString(pid))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start()
            .waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
      } else {
        process.destroy();
      }
      if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The postmaster's pid: our child's, unless {@code su} sits in between, in which case the first
   * line of {@code postmaster.pid} names it.
   */
  private static long postmasterPid(ServerDirectories directories, Process process) {
    try {
      List<String> lines =
          Files.readAllLines(directories.data().resolve("postmaster.pid"), StandardCharsets.UTF_8);
      if (!lines.isEmpty()) {
        return Long.parseLong(lines.get(0).trim());
      }
    } catch (IOException | NumberFormatException e) {
      // Not written yet or already removed: the child is all there is.
    }
    return process.pid();
  }

  private static Process launch(
      Path home, ServerDirectories directories, ProcessRunner runner, int port) {
    try {
      return runner.start(
          List.of(
              program(home, "postgres"),
              "-D",
              directories.data().toString(),
              "-p",
              Integer.toString(port)),
          directories.log());
    } catch (IOException e) {
      throw new EmbeddedPostgresException(
          "Cannot start " + program(home, "postgres") + ": " + e, e);
    }
  }

  /**
   * Polls until the server lets the superuser log in; a server still starting refuses with {@code
   * 57P03}, one not yet listening refuses the connection.
   *
   * @return false when the process exited first
   */
  private static boolean awaitReady(
      Process process, SocketAddress address, ServerDirectories directories, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    Exception last = null;
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        return false;
      }
      try {
        SimpleQueryClient.connect(address, SUPERUSER, "postgres", 5000).close();
        return true;
      } catch (IOException e) {
        last = e;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new EmbeddedPostgresException("Interrupted while waiting for PostgreSQL", e);
      }
    }
    throw new EmbeddedPostgresException(
        "PostgreSQL did not accept connections at "
            + address
            + " within "
            + timeout.toSeconds()
            + " s (last attempt: "
            + last
            + "):\n"
            + LogTail.of(directories.log(), 40));
  }

  /** The Unix-domain socket where there is one (the setup logs in there by trust). */
  private static SocketAddress setupAddress(ServerDirectories directories, int port) {
    if (WINDOWS) {
      return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    }
    return UnixDomainSocketAddress.of(directories.socket().resolve(".s.PGSQL." + port));
  }

  private static boolean portTaken(ServerDirectories directories) {
    return LogTail.of(directories.log(), 40).contains("could not bind");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new EmbeddedPostgresException("Cannot find a free TCP port on 127.0.0.1: " + e, e);
    }
  }

  private static boolean ipv6LoopbackUsable() {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName("::1"), 0));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The path of a PostgreSQL program. */
  static String program(Path home, String name) {
    return home.resolve("bin").resolve(WINDOWS ? name + ".exe" : name).toString();
  }
}
