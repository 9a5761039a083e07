package io.pgloop;

/**
 * A statement of a {@link Pipeline} was not run: an earlier statement of the same pipeline segment
 * (the statements between two syncs) failed, and the server skips everything after an error until
 * the next Sync. The statement had no effect; run it again if it still should. Its {@link
 * #sqlState()} is null (the server sent nothing for it) and {@link #isServerError()} is false; the
 * error of the statement that failed is on that statement's own future.
 */
public class PgPipelineAbortedException extends PgException {

  /** The message of every such exception. */
  public static final String MESSAGE = "pipeline aborted: an earlier statement failed";

  /** An exception with the standard {@link #MESSAGE}. */
  public PgPipelineAbortedException() {
    super("ERROR", null, MESSAGE, null);
  }
}
