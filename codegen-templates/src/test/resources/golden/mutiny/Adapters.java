package example.mutiny;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
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

  static <T> Future<T> toFuture(Uni<T> source) {
    return Future.fromCompletionStage(source.subscribeAsCompletionStage());
  }

  static <T> Multi<T> toMulti(ReadStream<T> stream) {
    return toMulti(stream, Function.identity());
  }

  static <T, R> Multi<R> toMulti(ReadStream<T> stream, Function<? super T, ? extends R> mapper) {
    if (stream == null) {
      return null;
    }
    return Multi.createFrom().publisher(new ReadStreamPublisher<T, R>(stream, mapper));
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
