package example.rxjava3;

import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Maybe;
import io.reactivex.rxjava3.core.Single;
import io.vertx.core.Future;
import io.vertx.core.streams.ReadStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.annotation.processing.Generated;

/**
 * Conversions shared by the generated wrappers of this package.
 */
@Generated("io.pgloop.codegen.WrapperProcessor")
final class Adapters {
  private Adapters() {
  }

  static <T> Future<T> toFuture(Single<T> source) {
    return Future.fromCompletionStage(source.toCompletionStage());
  }

  static <T> Future<T> toFuture(Maybe<T> source) {
    return Future.fromCompletionStage(source.toCompletionStage(null));
  }

  static Future<Void> toFuture(Completable source) {
    return Future.fromCompletionStage(source.<Void>toCompletionStage(null));
  }

  static <T> Flowable<T> toFlowable(ReadStream<T> stream) {
    return toFlowable(stream, Function.identity());
  }

  static <T, R> Flowable<R> toFlowable(ReadStream<T> stream,
      Function<? super T, ? extends R> mapper) {
    if (stream == null) {
      return null;
    }
    return Flowable.fromPublisher(new ReadStreamPublisher<T, R>(stream, mapper));
  }

  static <T, R> List<R> mapList(Iterable<? extends T> items,
      Function<? super T, ? extends R> mapper) {
    if (items == null) {
      return null;
    }
    List<R> copy = new ArrayList<>();
    for (T item : items) {
      copy.add(mapper.apply(item));
    }
    return copy;
  }

  static <T, R> Set<R> mapSet(Iterable<? extends T> items,
      Function<? super T, ? extends R> mapper) {
    if (items == null) {
      return null;
    }
    Set<R> copy = new LinkedHashSet<>();
    for (T item : items) {
      copy.add(mapper.apply(item));
    }
    return copy;
  }
}
