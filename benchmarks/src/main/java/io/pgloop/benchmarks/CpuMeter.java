package io.pgloop.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time spent so far, in nanoseconds, by three kinds of process: this JVM (every thread: the
 * clients' event loops and callers, GC, JIT), the child processes this JVM has waited for (pgbench,
 * libpq_pipeline.c), and a process with its children (the PostgreSQL server). Read before and after
 * an iteration, the difference is what the iteration cost on each side, which unlike throughput
 * does not move with the machine's load.
 *
 * <p>The JVM's own time comes from its MXBean, on every platform. The rest is read from Linux's
 * {@code /proc}; elsewhere those readings are {@link #UNAVAILABLE}.
 *
 * <p>Immutable after construction: any thread may read.
 */
final class CpuMeter {

  /** What a reading returns when the figure cannot be had on this platform or for that process. */
  static final long UNAVAILABLE = -1;

  /** The unit of /proc's times on every architecture the JDK runs on (Linux's USER_HZ). */
  static final long DEFAULT_TICKS_PER_SECOND = 100;

  /** {@code AT_CLKTCK} in the auxiliary vector: the value of {@code sysconf(_SC_CLK_TCK)}. */
  private static final long AT_CLKTCK = 17;

  private static final Path PROC = Path.of("/proc");

  /**
   * One line of {@code /proc/<pid>/stat}, the fields the meter uses; times in clock ticks.
   *
   * @param utime the process's own time in user mode (field 14)
   * @param stime its own time in the kernel (field 15)
   * @param cutime user time of the children it has waited for, theirs included (field 16)
   * @param cstime kernel time of those children (field 17)
   */
  record Stat(
      long pid, String command, long ppid, long utime, long stime, long cutime, long cstime) {

    /** The process's own time, its children's left out. */
    long ownTicks() {
      return utime + stime;
    }

    /** The time of the children it has reaped. */
    long reapedChildrenTicks() {
      return cutime + cstime;
    }
  }

  private final com.sun.management.OperatingSystemMXBean os;
  private final boolean proc;
  private final long ticksPerSecond;

  /** A meter for this JVM and machine. */
  CpuMeter() {
    this.os =
        ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean bean
            ? bean
            : null;
    this.proc = Files.isReadable(PROC.resolve("self").resolve("stat"));
    this.ticksPerSecond = proc ? ticksPerSecond() : DEFAULT_TICKS_PER_SECOND;
  }

  /** Whether the {@code /proc} readings work here (Linux). */
  boolean procSupported() {
    return proc;
  }

  /** The length of a clock tick of {@code /proc}'s times, per second ({@code getconf CLK_TCK}). */
  long clockTicksPerSecond() {
    return ticksPerSecond;
  }

  /** CPU time of every thread of this JVM, or {@link #UNAVAILABLE}. */
  long jvmNanos() {
    long nanos = os == null ? -1 : os.getProcessCpuTime();
    return nanos < 0 ? UNAVAILABLE : nanos;
  }

  /**
   * CPU time of the child processes this JVM has reaped: a child's time is added when {@code
   * Process.waitFor} (through the JDK's reaper thread) has waited for it, not while it runs, so a
   * child must be waited for before the second reading. {@link #UNAVAILABLE} without {@code /proc}.
   */
  long reapedChildrenNanos() {
    if (!proc) {
      return UNAVAILABLE;
    }
    try {
      return nanos(parse(readStat(PROC.resolve("self"))).reapedChildrenTicks());
    } catch (IOException e) {
      return UNAVAILABLE;
    }
  }

  /** CPU time of process {@code pid} alone, or {@link #UNAVAILABLE} (no {@code /proc}, no such). */
  long processNanos(long pid) {
    if (!proc) {
      return UNAVAILABLE;
    }
    try {
      return nanos(parse(readStat(PROC.resolve(Long.toString(pid)))).ownTicks());
    } catch (IOException e) {
      return UNAVAILABLE;
    }
  }

  /**
   * CPU time of process {@code root} and of its children: the root's own, that of the children it
   * has reaped, and that of every live process whose parent it is. For the PostgreSQL server, the
   * postmaster: its backends and background workers are its children.
   *
   * <p>Why the reaped children: a connection opened during an iteration (pgbench connects for each
   * run) has a backend that is born and dies within it; when the postmaster reaps that backend, its
   * time moves into the postmaster's {@code cutime}, where this reading still finds it.
   * Grandchildren that are not reaped by a child are lost, as are processes the root never waits
   * for; neither happens with PostgreSQL. A child that is reaped while /proc is being scanned can
   * be counted twice or not at all in that one reading, an error of at most that child's time.
   *
   * @return {@link #UNAVAILABLE} without {@code /proc} or when {@code root} does not exist
   */
  long familyNanos(long root) {
    if (!proc) {
      return UNAVAILABLE;
    }
    long ticks = 0;
    boolean rootSeen = false;
    try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, "[0-9]*")) {
      for (Path process : processes) {
        Stat stat;
        try {
          stat = parse(readStat(process));
        } catch (IOException | IllegalArgumentException e) {
          // It exited since the listing; its time, if any, is in its parent's cutime now.
          continue;
        }
        if (stat.pid() == root) {
          rootSeen = true;
          ticks += stat.ownTicks() + stat.reapedChildrenTicks();
        } else if (stat.ppid() == root) {
          ticks += stat.ownTicks();
        }
      }
    } catch (IOException e) {
      return UNAVAILABLE;
    }
    return rootSeen ? nanos(ticks) : UNAVAILABLE;
  }

  /*
   * /proc/<pid>/stat, one line of space-separated fields (man 5 proc):
   *
   *   1    2           3     4     5 ..  13     14    15    16     17     18 ..
   *   pid (command)   state ppid  pgrp   cmajflt utime stime cutime cstime priority ...
   *
   * The command is the executable's name, up to 15 bytes, and may itself hold spaces and
   * parentheses ("(sd-pam)", "a) b"): it runs from the first '(' to the LAST ')'. Everything
   * after that is numbers.
   */

  /**
   * Parses one {@code /proc/<pid>/stat} line.
   *
   * @throws IllegalArgumentException when the line does not have that layout, naming what is wrong
   */
  static Stat parse(String line) {
    int open = line.indexOf('(');
    int close = line.lastIndexOf(')');
    if (open < 1 || close < open) {
      throw new IllegalArgumentException("/proc stat line without a (command): " + line);
    }
    String[] rest = line.substring(close + 1).trim().split(" +");
    // rest[0] is field 3, the state: field n is rest[n - 3].
    if (rest.length < 15) {
      throw new IllegalArgumentException(
          "/proc stat line with " + (rest.length + 2) + " fields, expected at least 17: " + line);
    }
    try {
      return new Stat(
          Long.parseLong(line.substring(0, open).trim()),
          line.substring(open + 1, close),
          Long.parseLong(rest[1]),
          Long.parseLong(rest[11]),
          Long.parseLong(rest[12]),
          Long.parseLong(rest[13]),
          Long.parseLong(rest[14]));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("/proc stat line with a field not a number: " + line, e);
    }
  }

  private static String readStat(Path process) throws IOException {
    // Latin-1: the command name is bytes, not necessarily UTF-8, and every byte must decode.
    return new String(Files.readAllBytes(process.resolve("stat")), StandardCharsets.ISO_8859_1);
  }

  private long nanos(long ticks) {
    return Math.round(ticks * (1e9 / ticksPerSecond));
  }

  /*
   * /proc/self/auxv: the auxiliary vector the kernel gave this process, pairs of native words
   * (type, value) up to a type 0. AT_CLKTCK's value is what sysconf(_SC_CLK_TCK) and getconf
   * report, read without starting a process.
   */
  private static long ticksPerSecond() {
    try {
      ByteBuffer auxv =
          ByteBuffer.wrap(Files.readAllBytes(PROC.resolve("self").resolve("auxv")))
              .order(ByteOrder.nativeOrder());
      boolean wide = !"32".equals(System.getProperty("sun.arch.data.model"));
      int word = wide ? 8 : 4;
      while (auxv.remaining() >= 2 * word) {
        long type = wide ? auxv.getLong() : auxv.getInt();
        long value = wide ? auxv.getLong() : auxv.getInt();
        if (type == 0) {
          break;
        }
        if (type == AT_CLKTCK && value > 0) {
          return value;
        }
      }
    } catch (IOException e) {
      // Unreadable: the default holds on every architecture the JDK runs on.
    }
    return DEFAULT_TICKS_PER_SECOND;
  }
}
