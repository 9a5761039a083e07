package io.pgloop.embedded;

/** Starts a server, prints its port and data directory, and waits to be killed. */
final class ServerInChildJvm {
  private ServerInChildJvm() {}

  public static void main(String[] args) throws InterruptedException {
    EmbeddedPostgres pg = EmbeddedPostgres.start();
    System.out.println(pg.port() + " " + pg.dataDirectory() + " " + pg.socketDirectory());
    System.out.flush();
    Thread.sleep(120_000);
  }
}
