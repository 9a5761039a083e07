package example.rxjava3;

import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Maybe;
import io.reactivex.rxjava3.core.Single;
import io.vertx.core.Handler;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javax.annotation.processing.Generated;

/**
 * RxJava 3 wrapper of {@link example.api.Greeter}: generated, do not edit.
 *
 * <p>Greets people.
 *
 * <p>A fixture of the wrapper generator: one method per rule of the type mapping.
 */
@Generated("io.pgloop.codegen.WrapperProcessor")
public final class Greeter {
  private final example.api.Greeter delegate;

  /**
   * Wraps {@code delegate}, which must not be {@code null}.
   */
  public Greeter(example.api.Greeter delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  /**
   * Wraps {@code delegate}; {@code null} gives {@code null}.
   */
  public static Greeter newInstance(example.api.Greeter delegate) {
    return delegate == null ? null : new Greeter(delegate);
  }

  /**
   * The wrapped core object.
   */
  public example.api.Greeter getDelegate() {
    return delegate;
  }

  /**
   * Connects to a greeter.
   *
   * @param target the greeter to connect to
   * @return a lazy {@link Single} (the call is made on each subscription) of the connected greeter
   */
  public static Single<Greeter> connect(Greeter target) {
    return Single.defer(() -> Single.fromCompletionStage(example.api.Greeter.connect(target == null ? null : target.getDelegate()).toCompletionStage())).map(result -> Greeter.newInstance(result));
  }

  /**
   * Greets someone.
   *
   * @param name who to greet
   * @return a lazy {@link Single} (the call is made on each subscription) of the greeting
   */
  public Single<String> greet(String name) {
    return Single.defer(() -> Single.fromCompletionStage(this.delegate.greet(name).toCompletionStage()));
  }

  /**
   * Greets someone several times.
   *
   * @param name who to greet
   * @param times how many times
   * @return a lazy {@link Single} (the call is made on each subscription) of the greetings
   */
  public Single<String> greet(String name, int times) {
    return Single.defer(() -> Single.fromCompletionStage(this.delegate.greet(name, times).toCompletionStage()));
  }

  /**
   * The names greeted so far.
   *
   * @return a {@link Flowable}, with back-pressure, of the names
   */
  public Flowable<String> names() {
    return Adapters.toFlowable(this.delegate.names());
  }

  /**
   * Sets the name this greeter signs with.
   *
   * @param name the name
   * @return this greeter
   */
  public Greeter setName(String name) {
    example.api.Greeter result = this.delegate.setName(name);
    return result == this.delegate ? this : Greeter.newInstance(result);
  }

  /**
   * This greeter's best friend.
   *
   * @return a lazy {@link Maybe} (the call is made on each subscription) of the friend, or of {@code null} when there is none
   */
  public Maybe<Greeter> bestFriend() {
    return Maybe.defer(() -> Maybe.fromCompletionStage(this.delegate.bestFriend().toCompletionStage())).map(result -> Greeter.newInstance(result));
  }

  /**
   * Runs a function with this greeter.
   *
   * @param fn what to run
   * @param <T> the type of its result
   * @return a lazy {@link Single} (the call is made on each subscription) of the function's result
   */
  public <T> Single<T> withGreeter(Function<Greeter, Single<T>> fn) {
    return Single.defer(() -> Single.fromCompletionStage(this.delegate.withGreeter(fn == null ? null : arg -> Adapters.toFuture(fn.apply(Greeter.newInstance(arg)))).toCompletionStage()));
  }

  /**
   * Sets the handler of greetings.
   *
   * @param handler called with the greeter that greeted
   * @return this greeter
   */
  public Greeter greetingHandler(Handler<Greeter> handler) {
    example.api.Greeter result = this.delegate.greetingHandler(handler == null ? null : arg -> handler.handle(Greeter.newInstance(arg)));
    return result == this.delegate ? this : Greeter.newInstance(result);
  }

  /**
   * The friends of this greeter.
   *
   * @return the friends
   */
  public List<Greeter> friends() {
    return Adapters.mapList(this.delegate.friends(), element -> Greeter.newInstance(element));
  }

  /**
   * A box holding a value.
   *
   * @param value what the box holds
   * @param <T> the type of the value
   * @return the box
   */
  public <T> Box<T> box(T value) {
    return Box.newInstance(this.delegate.box(value));
  }

  /**
   * The lines this greeter has written.
   *
   * @return the lines
   */
  public Lines lines() {
    return Lines.newInstance(this.delegate.lines());
  }

  /**
   * Releases the resource.
   *
   * @return a lazy {@link Completable} (the call is made on each subscription) completed when released
   */
  public Completable close() {
    return Completable.defer(() -> Completable.fromCompletionStage(this.delegate.close().toCompletionStage()));
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    return delegate.equals(((Greeter) other).delegate);
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
