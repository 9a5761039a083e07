package example.mutiny;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Mutiny wrapper of {@link example.api.Box}: generated, do not edit.
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
   * @return a lazy {@link Uni} (the call is made on each subscription) of the value
   */
  public Uni<T> get() {
    return Uni.createFrom().completionStage(() -> this.delegate.get().toCompletionStage());
  }

  /**
   * Blocking variant of {@link #get()}: waits, without a time limit, for its item or failure.
   *
   * <p>Never call it on an event-loop thread: it would block the loop.
   *
   * @return the item of {@link #get()}
   */
  public T getAndAwait() {
    return get().await().indefinitely();
  }

  /**
   * Fire-and-forget variant of {@link #get()}: subscribes and ignores the item. A failure goes to
   * Mutiny's dropped-exception handler ({@code Infrastructure.handleDroppedException}).
   */
  public void getAndForget() {
    get().subscribe().with(item -> {});
  }

  /**
   * The greeters who touched this box.
   *
   * @return a {@link Multi}, with back-pressure, of greeters
   */
  public Multi<Greeter> greeters() {
    return Adapters.toMulti(this.delegate.greeters(), item -> Greeter.newInstance(item));
  }

  /**
   * The value, or a default.
   *
   * @param fallback returned when the box is empty
   * @return a lazy {@link Uni} (the call is made on each subscription) of the value
   * @deprecated kept to show that the wrappers are deprecated too
   */
  @Deprecated
  public Uni<T> getOrDefault(T fallback) {
    return Uni.createFrom().completionStage(() -> this.delegate.getOrDefault(fallback).toCompletionStage());
  }

  /**
   * Blocking variant of {@link #getOrDefault(Object)}: waits, without a time limit, for its item or failure.
   *
   * <p>Never call it on an event-loop thread: it would block the loop.
   *
   * @param fallback returned when the box is empty
   * @return the item of {@link #getOrDefault(Object)}
   * @deprecated kept to show that the wrappers are deprecated too
   */
  @Deprecated
  public T getOrDefaultAndAwait(T fallback) {
    return getOrDefault(fallback).await().indefinitely();
  }

  /**
   * Fire-and-forget variant of {@link #getOrDefault(Object)}: subscribes and ignores the item. A failure goes to
   * Mutiny's dropped-exception handler ({@code Infrastructure.handleDroppedException}).
   *
   * @param fallback returned when the box is empty
   * @deprecated kept to show that the wrappers are deprecated too
   */
  @Deprecated
  public void getOrDefaultAndForget(T fallback) {
    getOrDefault(fallback).subscribe().with(item -> {});
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
   * @return a lazy {@link Uni} (the call is made on each subscription) completed when released
   */
  public Uni<Void> close() {
    return Uni.createFrom().completionStage(() -> this.delegate.close().toCompletionStage());
  }

  /**
   * Blocking variant of {@link #close()}: waits, without a time limit, for its item or failure.
   *
   * <p>Never call it on an event-loop thread: it would block the loop.
   *
   * @return the item of {@link #close()}
   */
  public Void closeAndAwait() {
    return close().await().indefinitely();
  }

  /**
   * Fire-and-forget variant of {@link #close()}: subscribes and ignores the item. A failure goes to
   * Mutiny's dropped-exception handler ({@code Infrastructure.handleDroppedException}).
   */
  public void closeAndForget() {
    close().subscribe().with(item -> {});
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
