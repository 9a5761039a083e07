package io.pgloop.benchmarks;

import java.lang.management.ManagementFactory;

/**
 * Bytes allocated so far by every live thread of this JVM, event loops and pgjdbc's worker threads
 * included: a client's cost is the allocation its event loops make as much as the caller's.
 *
 * <p>Threads that start and end between two readings are missed, which is why the workloads keep
 * their threads for their whole life rather than one per run.
 */
final class AllocationMeter {

  private final com.sun.management.ThreadMXBean threads;

  AllocationMeter() {
    if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean)
        || !bean.isThreadAllocatedMemorySupported()) {
      threads = null;
      return;
    }
    bean.setThreadAllocatedMemoryEnabled(true);
    threads = bean;
  }

  /** Whether this JVM can count allocation per thread; when not, bytes read as -1. */
  boolean supported() {
    return threads != null;
  }

  /** The sum over all live threads of the bytes each has allocated, or -1 when unsupported. */
  long allocatedBytes() {
    if (threads == null) {
      return -1;
    }
    long total = 0;
    for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
      // A thread that ended since getAllThreadIds() reads as -1.
      if (bytes > 0) {
        total += bytes;
      }
    }
    return total;
  }
}
