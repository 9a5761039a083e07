package example.rxjava3;

import io.vertx.core.streams.ReadStream;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javax.annotation.processing.Generated;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * Publishes the items of a Vert.x {@link ReadStream}, with back-pressure: each request(n) becomes
 * fetch(n). Cancelling pauses the stream and drops its handlers. One subscriber only.
 */
@Generated("io.pgloop.codegen.WrapperProcessor")
final class ReadStreamPublisher<T, R> implements Publisher<R> {
  private final ReadStream<T> stream;

  private final Function<? super T, ? extends R> mapper;

  private final AtomicBoolean subscribed = new AtomicBoolean();

  ReadStreamPublisher(ReadStream<T> stream, Function<? super T, ? extends R> mapper) {
    this.stream = Objects.requireNonNull(stream, "stream");
    this.mapper = Objects.requireNonNull(mapper, "mapper");
  }

  @Override
  public void subscribe(Subscriber<? super R> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    if (!subscribed.compareAndSet(false, true)) {
      // Rule 1.9: onSubscribe comes before any other signal.
      subscriber.onSubscribe(new Subscription() {
        @Override
        public void request(long n) {
        }

        @Override
        public void cancel() {
        }
      });
      subscriber.onError(new IllegalStateException("a ReadStream can be subscribed to once only"));
      return;
    }
    new StreamSubscription<>(stream, mapper, subscriber).start();
  }

  private static final class StreamSubscription<T, R> implements Subscription {
    private final ReadStream<T> stream;

    private final Function<? super T, ? extends R> mapper;

    private final Subscriber<? super R> subscriber;

    private final AtomicBoolean done = new AtomicBoolean();

    StreamSubscription(ReadStream<T> stream, Function<? super T, ? extends R> mapper,
        Subscriber<? super R> subscriber) {
      this.stream = stream;
      this.mapper = mapper;
      this.subscriber = subscriber;
    }

    void start() {
      // Paused first: no item may flow before the subscriber asks for it.
      stream.pause();
      stream.exceptionHandler(this::fail);
      stream.endHandler(ignored -> complete());
      stream.handler(this::next);
      subscriber.onSubscribe(this);
    }

    @Override
    public void request(long n) {
      if (n <= 0) {
        fail(new IllegalArgumentException("Reactive Streams rule 3.9: request must be positive, was " + n));
      } else if (!done.get()) {
        stream.fetch(n);
      }
    }

    @Override
    public void cancel() {
      if (done.compareAndSet(false, true)) {
        detach();
      }
    }

    private void next(T item) {
      if (done.get()) {
        return;
      }
      R mapped;
      try {
        mapped = mapper.apply(item);
      } catch (Throwable e) {
        fail(e);
        return;
      }
      subscriber.onNext(mapped);
    }

    private void fail(Throwable failure) {
      if (done.compareAndSet(false, true)) {
        detach();
        subscriber.onError(failure);
      }
    }

    private void complete() {
      if (done.compareAndSet(false, true)) {
        subscriber.onComplete();
      }
    }

    private void detach() {
      stream.pause();
      stream.handler(null);
      stream.exceptionHandler(null);
      stream.endHandler(null);
    }
  }
}
