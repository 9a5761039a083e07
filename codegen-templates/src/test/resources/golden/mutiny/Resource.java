package example.mutiny;

import io.smallrye.mutiny.Uni;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Mutiny wrapper of {@link example.api.Resource}: generated, do not edit.
 *
 * <p>Something that holds a resource.
 */
@Generated("io.pgloop.codegen.WrapperProcessor")
public final class Resource {
  private final example.api.Resource delegate;

  /**
   * Wraps {@code delegate}, which must not be {@code null}.
   */
  public Resource(example.api.Resource delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  /**
   * Wraps {@code delegate}; {@code null} gives {@code null}.
   */
  public static Resource newInstance(example.api.Resource delegate) {
    return delegate == null ? null : new Resource(delegate);
  }

  /**
   * The wrapped core object.
   */
  public example.api.Resource getDelegate() {
    return delegate;
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
    return delegate.equals(((Resource) other).delegate);
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
