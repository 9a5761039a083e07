package example.rxjava3;

import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Single;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * RxJava 3 wrapper of {@link example.api.Box}: generated, do not edit.
 *
 * <p>A box holding a value: a generic fixture.
 *
 * @param <T> the type of the value
 */
@Generated("io.pgloop.codegen.WrapperProcessor")
public final class Box<T> {
  private final example.api.Box<T> delegate;

  /**
   * Wraps {@code delegate}, which must not be {@code null}.
   */
  public Box(example.api.Box<T> delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  /**
   * Wraps {@code delegate}; {@code null} gives {@code null}.
   */
  public static <T> Box<T> newInstance(example.api.Box<T> delegate) {
    return delegate == null ? null : new Box<>(delegate);
  }

  /**
   * The wrapped core object.
   */
  public example.api.Box<T> getDelegate() {
    return delegate;
  }

  /**
   * The value.
   *
   * @return a lazy {@link Single} (the call is made on each subscription) of the value
   */
  public Single<T> get() {
    return Single.defer(() -> Single.fromCompletionStage(this.delegate.get().toCompletionStage()));
  }

  /**
   * The greeters who touched this box.
   *
   * @return a {@link Flowable}, with back-pressure, of greeters
   */
  public Flowable<Greeter> greeters() {
    return Adapters.toFlowable(this.delegate.greeters(), item -> Greeter.newInstance(item));
  }

  /**
   * The value, or a default.
   *
   * @param fallback returned when the box is empty
   * @return a lazy {@link Single} (the call is made on each subscription) of the value
   * @deprecated kept to show that the wrappers are deprecated too
   */
  @Deprecated
  public Single<T> getOrDefault(T fallback) {
    return Single.defer(() -> Single.fromCompletionStage(this.delegate.getOrDefault(fallback).toCompletionStage()));
  }

  /**
   * Replaces the value.
   *
   * @param value the new value
   * @return this box
   */
  public Box<T> set(T value) {
    example.api.Box<T> result = this.delegate.set(value);
    return result == this.delegate ? this : Box.newInstance(result);
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
    return delegate.equals(((Box<?>) other).delegate);
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
