package io.pgloop.scenario;

import io.pgloop.PgNotification;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What a front end's stream of a {@link io.pgloop.PgChannel} delivered: each front end wires its
 * own stream (ReadStream, Multi, Flowable) to {@link #add}, {@link #fail} and {@link #end}, and the
 * scenarios wait on it.
 */
public final class NotificationFeed {

  private final BlockingQueue<PgNotification> received = new LinkedBlockingQueue<>();
  private final CompletableFuture<Void> end = new CompletableFuture<>();

  /** A notification arrived. */
  public void add(PgNotification notification) {
    received.add(notification);
  }

  /** The stream failed. */
  public void fail(Throwable failure) {
    end.completeExceptionally(failure);
  }

  /** The stream ended. */
  public void end() {
    end.complete(null);
  }

  /** Waits for the next {@code count} notifications, failing the test if they do not all come. */
  public List<PgNotification> await(int count) {
    List<PgNotification> notifications = new ArrayList<>();
    long deadline = System.nanoTime() + FrontEnd.TIMEOUT.toNanos();
    try {
      while (notifications.size() < count) {
        PgNotification next = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        if (next == null) {
          throw new AssertionError(
              "expected "
                  + count
                  + " notifications within "
                  + FrontEnd.TIMEOUT
                  + ", got "
                  + notifications);
        }
        notifications.add(next);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return notifications;
  }

  /** Waits for the stream to end normally; throws its failure otherwise. */
  public void awaitEnd() {
    try {
      end.get(FrontEnd.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("the channel's stream failed", e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("the channel's stream did not end within " + FrontEnd.TIMEOUT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Whether the stream has ended or failed. */
  public boolean isEnded() {
    return end.isDone();
  }
}
