package io.pgloop.rxjava3;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.codegen.ClassMarks;
import io.pgloop.codegen.WrappedApi;
import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Maybe;
import io.reactivex.rxjava3.core.Single;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.streams.ReadStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Compares the core's public API with this module's by reflection: every method of every {@link
 * io.pgloop.codegen.GenWrapper} interface of {@code io.pgloop} (less those marked {@code
 * GenIgnore}) has a method of the same name and arity in its wrapper, and each static method that
 * takes a core {@code Vertx} an overload that takes the RxJava 3 one. A core method without its
 * wrapper fails the build here.
 */
class GeneratedApiTest {

  private static final String WRAPPERS = "io.pgloop.rxjava3";

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
        if (WrappedApi.find(wrapper, method.getName(), method) == null) {
          missing.add(
              WrappedApi.describe(api, method)
                  + ": no "
                  + wrapper.getName()
                  + "."
                  + method.getName());
        }
        if (Modifier.isStatic(method.getModifiers())
            && List.of(method.getParameterTypes()).contains(Vertx.class)
            && !hasRxVertxOverload(wrapper, method)) {
          missing.add(
              WrappedApi.describe(api, method)
                  + ": no overload taking io.vertx.rxjava3.core.Vertx");
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void futuresBecomeSinglesMaybesOrCompletablesAndStreamsFlowables() {
    Map<Class<?>, ClassMarks> marked = API.marked();
    for (Class<?> api : marked.keySet()) {
      Class<?> wrapper = API.wrapperOf(api);
      for (Method method : API.wrapped(api, marked)) {
        Method counterpart = WrappedApi.find(wrapper, method.getName(), method);
        Class<?> expected = null;
        if (method.getReturnType() == Future.class) {
          boolean ofVoid =
              method.getGenericReturnType() instanceof ParameterizedType p
                  && p.getActualTypeArguments()[0] == Void.class;
          expected =
              ofVoid
                  ? Completable.class
                  : marked
                          .get(method.getDeclaringClass())
                          .method(WrappedApi.nameAndDescriptor(method), ClassMarks.GEN_NULLABLE)
                      ? Maybe.class
                      : Single.class;
        } else if (method.getReturnType() == ReadStream.class) {
          expected = Flowable.class;
        } else if (marked.containsKey(method.getReturnType())) {
          expected = API.wrapperOf(method.getReturnType());
        }
        if (expected != null) {
          assertThat(counterpart.getReturnType())
              .as(WrappedApi.describe(api, method))
              .isEqualTo(expected);
        }
      }
    }
  }

  private static boolean hasRxVertxOverload(Class<?> wrapper, Method core) {
    Class<?>[] expected = core.getParameterTypes().clone();
    for (int i = 0; i < expected.length; i++) {
      if (expected[i] == Vertx.class) {
        expected[i] = io.vertx.rxjava3.core.Vertx.class;
      }
    }
    try {
      wrapper.getMethod(core.getName(), expected);
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }
}
