package example.rxjava3;

import io.reactivex.rxjava3.core.Completable;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * RxJava 3 wrapper of {@link example.api.Resource}: generated, do not edit.
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
