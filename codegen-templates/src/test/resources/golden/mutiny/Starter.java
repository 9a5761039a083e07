package example.mutiny;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Mutiny wrapper of {@link example.api.Starter}: generated, do not edit.
 *
 * <p>Starts {@link example.api.Greeter greeters} on a {@link io.vertx.core.Vertx}: a fixture of the static factories that take a
 * {@code Vertx}, and of the references a copied comment keeps ({@link #start}, {@link
 * example.api.Greeter#greet(String, int)}, {@link System.Logger}, {@link Unknown}).
 *
 * @see example.api.Resource#close()
 */
@Generated("io.pgloop.codegen.WrapperProcessor")
public final class Starter {
  private final example.api.Starter delegate;

  /**
   * Wraps {@code delegate}, which must not be {@code null}.
   */
  public Starter(example.api.Starter delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  /**
   * Wraps {@code delegate}; {@code null} gives {@code null}.
   */
  public static Starter newInstance(example.api.Starter delegate) {
    return delegate == null ? null : new Starter(delegate);
  }

  /**
   * The wrapped core object.
   */
  public example.api.Starter getDelegate() {
    return delegate;
  }

  /**
   * Starts a greeter on {@code vertx}; see {@link example.api.Starter#start(io.vertx.core.Vertx, String, long)}.
   *
   * @param vertx where the greeter runs
   * @param name its name
   * @return a lazy {@link Uni} (the call is made on each subscription) of the greeter
   * @throws IllegalArgumentException when {@code name} is empty
   */
  public static Uni<Greeter> start(Vertx vertx, String name) {
    return Uni.createFrom().completionStage(() -> example.api.Starter.start(vertx, name).toCompletionStage()).map(result -> Greeter.newInstance(result));
  }

  /**
   * Blocking variant of {@link #start(Vertx, String)}: waits, without a time limit, for its item or failure.
   *
   * <p>Never call it on an event-loop thread: it would block the loop.
   *
   * @param vertx where the greeter runs
   * @param name its name
   * @return the item of {@link #start(Vertx, String)}
   */
  public static Greeter startAndAwait(Vertx vertx, String name) {
    return start(vertx, name).await().indefinitely();
  }

  /**
   * Fire-and-forget variant of {@link #start(Vertx, String)}: subscribes and ignores the item. A failure goes to
   * Mutiny's dropped-exception handler ({@code Infrastructure.handleDroppedException}).
   *
   * @param vertx where the greeter runs
   * @param name its name
   */
  public static void startAndForget(Vertx vertx, String name) {
    start(vertx, name).subscribe().with(item -> {});
  }

  /**
   * Starts a greeter on {@code vertx}, within a time limit.
   *
   * @param vertx where the greeter runs
   * @param name its name
   * @param timeout the time limit in milliseconds, or 0
   * @return a lazy {@link Uni} (the call is made on each subscription) of the greeter, failed with a {@link java.util.concurrent.TimeoutException} past the limit
   */
  public static Uni<Greeter> start(Vertx vertx, String name, long timeout) {
    return Uni.createFrom().completionStage(() -> example.api.Starter.start(vertx, name, timeout).toCompletionStage()).map(result -> Greeter.newInstance(result));
  }

  /**
   * Blocking variant of {@link #start(Vertx, String, long)}: waits, without a time limit, for its item or failure.
   *
   * <p>Never call it on an event-loop thread: it would block the loop.
   *
   * @param vertx where the greeter runs
   * @param name its name
   * @param timeout the time limit in milliseconds, or 0
   * @return the item of {@link #start(Vertx, String, long)}
   */
  public static Greeter startAndAwait(Vertx vertx, String name, long timeout) {
    return start(vertx, name, timeout).await().indefinitely();
  }

  /**
   * Fire-and-forget variant of {@link #start(Vertx, String, long)}: subscribes and ignores the item. A failure goes to
   * Mutiny's dropped-exception handler ({@code Infrastructure.handleDroppedException}).
   *
   * @param vertx where the greeter runs
   * @param name its name
   * @param timeout the time limit in milliseconds, or 0
   */
  public static void startAndForget(Vertx vertx, String name, long timeout) {
    start(vertx, name, timeout).subscribe().with(item -> {});
  }

  /**
   * Whether a {@link io.vertx.core.Vertx} runs greeters: a static method with a {@code Vertx} that is not a
   * factory, and whose result is no future.
   *
   * @param vertx the Vert.x instance
   * @return whether it runs greeters
   */
  public static boolean runsGreeters(Vertx vertx) {
    return example.api.Starter.runsGreeters(vertx);
  }

  /**
   * The greeter started last.
   *
   * @return a lazy {@link Uni} (the call is made on each subscription) of the greeter
   */
  public Uni<Greeter> last() {
    return Uni.createFrom().completionStage(() -> this.delegate.last().toCompletionStage()).map(result -> Greeter.newInstance(result));
  }

  /**
   * Blocking variant of {@link #last()}: waits, without a time limit, for its item or failure.
   *
   * <p>Never call it on an event-loop thread: it would block the loop.
   *
   * @return the item of {@link #last()}
   */
  public Greeter lastAndAwait() {
    return last().await().indefinitely();
  }

  /**
   * Fire-and-forget variant of {@link #last()}: subscribes and ignores the item. A failure goes to
   * Mutiny's dropped-exception handler ({@code Infrastructure.handleDroppedException}).
   */
  public void lastAndForget() {
    last().subscribe().with(item -> {});
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    return delegate.equals(((Starter) other).delegate);
  }

  @Override
  public int hashCode() {
    return delegate.hashCode();
  }

  @Override
  public String toString() {
    return delegate.toString();
  }
}
