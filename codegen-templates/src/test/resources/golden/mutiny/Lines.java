package example.mutiny;

import io.smallrye.mutiny.Multi;
import java.util.Objects;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;

/**
 * Mutiny wrapper of {@link example.api.Lines}: generated, do not edit.
 *
 * <p>Lines of text: a fixture API type that is itself a stream.
 */
@Generated("io.pgloop.codegen.WrapperProcessor")
public final class Lines {
  private final example.api.Lines delegate;

  /**
   * Wraps {@code delegate}, which must not be {@code null}.
   */
  public Lines(example.api.Lines delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  /**
   * Wraps {@code delegate}; {@code null} gives {@code null}.
   */
  public static Lines newInstance(example.api.Lines delegate) {
    return delegate == null ? null : new Lines(delegate);
  }

  /**
   * The wrapped core object.
   */
  public example.api.Lines getDelegate() {
    return delegate;
  }

  /**
   * Sets the handler of lines.
   *
   * @param handler called with each line
   * @return these lines
   */
  public Lines handler(Consumer<String> handler) {
    example.api.Lines result = this.delegate.handler(handler == null ? null : arg -> handler.accept(arg));
    return result == this.delegate ? this : Lines.newInstance(result);
  }

  /**
   * The number of lines read so far.
   *
   * @return the count
   */
  public long count() {
    return this.delegate.count();
  }

  /**
   * This stream's items, with back-pressure. The stream can be subscribed to once; use it
   * through this view or through {@link #getDelegate()}, not both.
   */
  public Multi<String> toMulti() {
    return Adapters.toMulti(this.delegate);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    return delegate.equals(((Lines) other).delegate);
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
