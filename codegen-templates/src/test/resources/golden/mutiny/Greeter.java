package example.mutiny;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.annotation.processing.Generated;

/**
 * Mutiny wrapper of {@link example.api.Greeter}: generated, do not edit.
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
   * @return a lazy {@link Uni} (the call is made on each subscription) of the connected greeter
   */
  public static Uni<Greeter> connect(Greeter target) {
    return Uni.createFrom().completionStage(() -> example.api.Greeter.connect(target == null ? null : target.getDelegate()).toCompletionStage()).map(result -> Greeter.newInstance(result));
  }

  /**
   * Blocking variant of {@link #connect(Greeter)}: waits, without a time limit, for its item or failure.
   *
   * <p>Never call it on an event-loop thread: it would block the loop.
   *
   * @param target the greeter to connect to
   * @return the item of {@link #connect(Greeter)}
   */
  public static Greeter connectAndAwait(Greeter target) {
    return connect(target).await().indefinitely();
  }

  /**
   * Fire-and-forget variant of {@link #connect(Greeter)}: subscribes and ignores the item. A failure goes to
   * Mutiny's dropped-exception handler ({@code Infrastructure.handleDroppedException}).
   *
   * @param target the greeter to connect to
   */
  public static void connectAndForget(Greeter target) {
    connect(target).subscribe().with(item -> {});
  }

  /**
   * Greets someone.
   *
   * @param name who to greet
   * @return a lazy {@link Uni} (the call is made on each subscription) of the greeting
   */
  public Uni<String> greet(String name) {
    return Uni.createFrom().completionStage(() -> this.delegate.greet(name).toCompletionStage());
  }

  /**
   * Blocking variant of {@link #greet(String)}: waits, without a time limit, for its item or failure.
   *
   * <p>Never call it on an event-loop thread: it would block the loop.
   *
   * @param name who to greet
   * @return the item of {@link #greet(String)}
   */
  public String greetAndAwait(String name) {
    return greet(name).await().indefinitely();
  }

  /**
   * Fire-and-forget variant of {@link #greet(String)}: subscribes and ignores the item. A failure goes to
   * Mutiny's dropped-exception handler ({@code Infrastructure.handleDroppedException}).
   *
   * @param name who to greet
   */
  public void greetAndForget(String name) {
    greet(name).subscribe().with(item -> {});
  }

  /**
   * Greets someone several times.
   *
   * @param name who to greet
   * @param times how many times
   * @return a lazy {@link Uni} (the call is made on each subscription) of the greetings
   */
  public Uni<String> greet(String name, int times) {
    return Uni.createFrom().completionStage(() -> this.delegate.greet(name, times).toCompletionStage());
  }

  /**
   * Blocking variant of {@link #greet(String, int)}: waits, without a time limit, for its item or failure.
   *
   * <p>Never call it on an event-loop thread: it would block the loop.
   *
   * @param name who to greet
   * @param times how many times
   * @return the item of {@link #greet(String, int)}
   */
  public String greetAndAwait(String name, int times) {
    return greet(name, times).await().indefinitely();
  }

  /**
   * Fire-and-forget variant of {@link #greet(String, int)}: subscribes and ignores the item. A failure goes to
   * Mutiny's dropped-exception handler ({@code Infrastructure.handleDroppedException}).
   *
   * @param name who to greet
   * @param times how many times
   */
  public void greetAndForget(String name, int times) {
    greet(name, times).subscribe().with(item -> {});
  }

  /**
   * The names greeted so far.
   *
   * @return a {@link Multi}, with back-pressure, of the names
   */
  public Multi<String> names() {
    return Adapters.toMulti(this.delegate.names());
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
   * @return a lazy {@link Uni} (the call is made on each subscription) of the friend, or of {@code null} when there is none
   */
  public Uni<Greeter> bestFriend() {
    return Uni.createFrom().completionStage(() -> this.delegate.bestFriend().toCompletionStage()).map(result -> Greeter.newInstance(result));
  }

  /**
   * Blocking variant of {@link #bestFriend()}: waits, without a time limit, for its item or failure.
   *
   * <p>Never call it on an event-loop thread: it would block the loop.
   *
   * @return the item of {@link #bestFriend()}
   */
  public Greeter bestFriendAndAwait() {
    return bestFriend().await().indefinitely();
  }

  /**
   * Fire-and-forget variant of {@link #bestFriend()}: subscribes and ignores the item. A failure goes to
   * Mutiny's dropped-exception handler ({@code Infrastructure.handleDroppedException}).
   */
  public void bestFriendAndForget() {
    bestFriend().subscribe().with(item -> {});
  }

  /**
   * Runs a function with this greeter.
   *
   * @param fn what to run
   * @param <T> the type of its result
   * @return a lazy {@link Uni} (the call is made on each subscription) of the function's result
   */
  public <T> Uni<T> withGreeter(Function<Greeter, Uni<T>> fn) {
    return Uni.createFrom().completionStage(() -> this.delegate.withGreeter(fn == null ? null : arg -> Adapters.toFuture(fn.apply(Greeter.newInstance(arg)))).toCompletionStage());
  }

  /**
   * Blocking variant of {@link #withGreeter(Function)}: waits, without a time limit, for its item or failure.
   *
   * <p>Never call it on an event-loop thread: it would block the loop.
   *
   * @param fn what to run
   * @param <T> the type of its result
   * @return the item of {@link #withGreeter(Function)}
   */
  public <T> T withGreeterAndAwait(Function<Greeter, Uni<T>> fn) {
    return withGreeter(fn).await().indefinitely();
  }

  /**
   * Fire-and-forget variant of {@link #withGreeter(Function)}: subscribes and ignores the item. A failure goes to
   * Mutiny's dropped-exception handler ({@code Infrastructure.handleDroppedException}).
   *
   * @param fn what to run
   * @param <T> the type of its result
   */
  public <T> void withGreeterAndForget(Function<Greeter, Uni<T>> fn) {
    withGreeter(fn).subscribe().with(item -> {});
  }

  /**
   * Sets the handler of greetings.
   *
   * @param handler called with the greeter that greeted
   * @return this greeter
   */
  public Greeter greetingHandler(Consumer<Greeter> handler) {
    example.api.Greeter result = this.delegate.greetingHandler(handler == null ? null : arg -> handler.accept(Greeter.newInstance(arg)));
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
