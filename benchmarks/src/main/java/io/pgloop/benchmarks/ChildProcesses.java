package io.pgloop.benchmarks;

import java.util.concurrent.TimeUnit;

/** Ends the external programs of an iteration (pgbench, libpq_pipeline.c) inside that iteration. */
final class ChildProcesses {

  /** How long a killed child may take to be reaped; SIGKILL cannot be ignored, so it is quick. */
  private static final long REAP_SECONDS = 10;

  private ChildProcesses() {}

  /**
   * Kills {@code process} if it still runs and waits for it. Why wait: a child's CPU time reaches
   * this JVM's {@code cutime} (see {@link CpuMeter#reapedChildrenNanos()}) only when the child is
   * reaped. Killed and left to the JDK's reaper thread, it would be reaped some time later, and its
   * time charged to whichever external program's iteration is measured then.
   */
  static void stopAndReap(Process process) throws InterruptedException {
    if (process.isAlive()) {
      process.destroyForcibly();
    }
    process.waitFor(REAP_SECONDS, TimeUnit.SECONDS);
  }
}
