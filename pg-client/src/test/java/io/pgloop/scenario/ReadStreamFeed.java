package io.pgloop.scenario;

import static io.pgloop.test.PgTestBase.await;

import io.pgloop.Row;
import io.pgloop.RowStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A {@link FrontEnd.RowFeed} over the core's {@link RowStream}, driven the Vert.x way: paused, then
 * {@code fetch(n)} for demand and {@code close()} to stop.
 */
final class ReadStreamFeed implements FrontEnd.RowFeed {

  private final RowStream<Row> stream;
  private final List<Row> rows = new ArrayList<>();
  private final CompletableFuture<Void> end = new CompletableFuture<>();

  ReadStreamFeed(RowStream<Row> stream) {
    this.stream = stream;
    stream.pause();
    stream.exceptionHandler(end::completeExceptionally);
    stream.endHandler(ignored -> end.complete(null));
    stream.handler(this::add);
    end.whenComplete((ignored, failure) -> wake());
  }

  private synchronized void wake() {
    notifyAll();
  }

  private synchronized void add(Row row) {
    rows.add(row);
    notifyAll();
  }

  @Override
  public void request(long n) {
    stream.fetch(n);
  }

  @Override
  public void cancel() {
    await(stream.close());
  }

  @Override
  public synchronized List<Row> awaitRows(int count) {
    long deadline = System.nanoTime() + FrontEnd.TIMEOUT.toNanos();
    while (rows.size() < count && !end.isDone()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError(
            "expected " + count + " rows within " + FrontEnd.TIMEOUT + ", got " + rows.size());
      }
      try {
        TimeUnit.NANOSECONDS.timedWait(this, left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return rows();
  }

  @Override
  public synchronized List<Row> rows() {
    return List.copyOf(rows);
  }

  @Override
  public void awaitCompletion() {
    try {
      end.get(FrontEnd.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime
          ? runtime
          : new IllegalStateException(e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("the stream did not end within " + FrontEnd.TIMEOUT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Throwable awaitFailure() {
    try {
      awaitCompletion();
    } catch (AssertionError e) {
      throw e;
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("expected the stream to fail, it ended after " + rows().size());
  }
}
