package io.pgloop.mutiny;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.codegen.ClassMarks;
import io.pgloop.codegen.WrappedApi;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.streams.ReadStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Compares the core's public API with this module's by reflection: every method of every {@link
 * io.pgloop.codegen.GenWrapper} interface of {@code io.pgloop} (less those marked {@code
 * GenIgnore}) has a method of the same name and arity in its wrapper, with {@code AndAwait} and
 * {@code AndForget} variants where it returns a future. A core method without its wrapper fails the
 * build here.
 */
class GeneratedApiTest {

  private static final String WRAPPERS = "io.pgloop.mutiny";

  private static final WrappedApi API = new WrappedApi(io.pgloop.PgConnection.class, WRAPPERS);

  @Test
  void theMarkedInterfacesOfTheCoreAreFound() {
    assertThat(API.marked().keySet())
        .contains(
            io.pgloop.PgConnection.class, io.pgloop.Query.class, io.pgloop.PreparedQuery.class);
    assertThat(API.marked().keySet()).doesNotContain(io.pgloop.Row.class, io.pgloop.RowSet.class);
    assertThat(API.wrapped(io.pgloop.PreparedQuery.class, API.marked()))
        .extracting(Method::getName)
        .contains("execute", "executeBatch", "mapping", "collecting");
  }

  /**
   * An interface of the core with futures or streams that is not marked would have no wrapper at
   * all: mark it {@code @GenWrapper} (data types such as {@code RowSet} have neither, and stay
   * unwrapped).
   */
  @Test
  void everyAsynchronousInterfaceOfTheCoreIsMarked() {
    assertThat(API.unmarkedAsynchronousInterfaces())
        .as("public interfaces with futures or streams, not @GenWrapper")
        .isEmpty();
  }

  @Test
  void everyWrappedMethodOfTheCoreHasItsWrapper() {
    List<String> missing = new ArrayList<>();
    Map<Class<?>, ClassMarks> marked = API.marked();
    for (Class<?> api : marked.keySet()) {
      Class<?> wrapper = API.wrapperOf(api);
      if (wrapper == null) {
        missing.add(api.getName() + ": no wrapper class " + WRAPPERS + "." + api.getSimpleName());
        continue;
      }
      for (Method method : API.wrapped(api, marked)) {
        List<String> names = new ArrayList<>(List.of(method.getName()));
        if (method.getReturnType() == Future.class) {
          names.add(method.getName() + "AndAwait");
          names.add(method.getName() + "AndForget");
        }
        for (String name : names) {
          if (WrappedApi.find(wrapper, name, method) == null) {
            missing.add(
                WrappedApi.describe(api, method) + ": no " + wrapper.getName() + "." + name);
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void futuresBecomeUnisAndStreamsMultis() {
    Map<Class<?>, ClassMarks> marked = API.marked();
    for (Class<?> api : marked.keySet()) {
      Class<?> wrapper = API.wrapperOf(api);
      for (Method method : API.wrapped(api, marked)) {
        Method counterpart = WrappedApi.find(wrapper, method.getName(), method);
        if (method.getReturnType() == Future.class) {
          assertThat(counterpart.getReturnType())
              .as(WrappedApi.describe(api, method))
              .isEqualTo(Uni.class);
        } else if (method.getReturnType() == ReadStream.class) {
          assertThat(counterpart.getReturnType())
              .as(WrappedApi.describe(api, method))
              .isEqualTo(Multi.class);
        } else if (marked.containsKey(method.getReturnType())) {
          assertThat(counterpart.getReturnType())
              .as(WrappedApi.describe(api, method))
              .isEqualTo(API.wrapperOf(method.getReturnType()));
        }
      }
    }
  }
}
