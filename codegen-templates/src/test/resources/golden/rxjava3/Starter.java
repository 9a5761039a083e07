package example.rxjava3;

import io.reactivex.rxjava3.core.Single;
import io.vertx.core.Vertx;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * RxJava 3 wrapper of {@link example.api.Starter}: generated, do not edit.
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
   * @return a lazy {@link Single} (the call is made on each subscription) of the greeter
   * @throws IllegalArgumentException when {@code name} is empty
   */
  public static Single<Greeter> start(Vertx vertx, String name) {
    return Single.defer(() -> Single.fromCompletionStage(example.api.Starter.start(vertx, name).toCompletionStage())).map(result -> Greeter.newInstance(result));
  }

  /**
   * Same as {@link #start(Vertx, String)}, with the {@code Vertx} of the RxJava 3 API of Vert.x: its delegate
   * runs the call.
   *
   * @param vertx where the greeter runs
   * @param name its name
   * @return a lazy {@link Single} (the call is made on each subscription) of the greeter
   * @throws IllegalArgumentException when {@code name} is empty
   */
  public static Single<Greeter> start(io.vertx.rxjava3.core.Vertx vertx, String name) {
    return start(vertx == null ? null : vertx.getDelegate(), name);
  }

  /**
   * Starts a greeter on {@code vertx}, within a time limit.
   *
   * @param vertx where the greeter runs
   * @param name its name
   * @param timeout the time limit in milliseconds, or 0
   * @return a lazy {@link Single} (the call is made on each subscription) of the greeter, failed with a {@link java.util.concurrent.TimeoutException} past the limit
   */
  public static Single<Greeter> start(Vertx vertx, String name, long timeout) {
    return Single.defer(() -> Single.fromCompletionStage(example.api.Starter.start(vertx, name, timeout).toCompletionStage())).map(result -> Greeter.newInstance(result));
  }

  /**
   * Same as {@link #start(Vertx, String, long)}, with the {@code Vertx} of the RxJava 3 API of Vert.x: its delegate
   * runs the call.
   *
   * @param vertx where the greeter runs
   * @param name its name
   * @param timeout the time limit in milliseconds, or 0
   * @return a lazy {@link Single} (the call is made on each subscription) of the greeter, failed with a {@link java.util.concurrent.TimeoutException} past the limit
   */
  public static Single<Greeter> start(io.vertx.rxjava3.core.Vertx vertx, String name,
      long timeout) {
    return start(vertx == null ? null : vertx.getDelegate(), name, timeout);
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
   * Same as {@link #runsGreeters(Vertx)}, with the {@code Vertx} of the RxJava 3 API of Vert.x: its delegate
   * runs the call.
   *
   * @param vertx the Vert.x instance
   * @return whether it runs greeters
   */
  public static boolean runsGreeters(io.vertx.rxjava3.core.Vertx vertx) {
    return runsGreeters(vertx == null ? null : vertx.getDelegate());
  }

  /**
   * The greeter started last.
   *
   * @return a lazy {@link Single} (the call is made on each subscription) of the greeter
   */
  public Single<Greeter> last() {
    return Single.defer(() -> Single.fromCompletionStage(this.delegate.last().toCompletionStage())).map(result -> Greeter.newInstance(result));
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
