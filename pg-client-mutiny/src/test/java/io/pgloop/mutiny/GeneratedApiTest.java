package io.pgloop.mutiny;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.codegen.ClassMarks;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.streams.ReadStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Compares the core's public API with this module's by reflection: every method of every {@link
 * io.pgloop.codegen.GenWrapper} interface of {@code io.pgloop} (less those marked {@code
 * GenIgnore}) has a method of the same name and arity in its wrapper, with {@code AndAwait} and
 * {@code AndForget} variants where it returns a future. A core method without its wrapper fails the
 * build here.
 */
class GeneratedApiTest {

  private static final String CORE = "io.pgloop";
  private static final String WRAPPERS = "io.pgloop.mutiny";

  @Test
  void theMarkedInterfacesOfTheCoreAreFound() {
    assertThat(marked().keySet())
        .contains(
            io.pgloop.PgConnection.class, io.pgloop.Query.class, io.pgloop.PreparedQuery.class);
    assertThat(marked().keySet()).doesNotContain(io.pgloop.Row.class, io.pgloop.RowSet.class);
    assertThat(wrapped(io.pgloop.PreparedQuery.class, marked()))
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
    Map<Class<?>, ClassMarks> marked = marked();
    List<String> unmarked = new ArrayList<>();
    for (String name : coreClassNames()) {
      Class<?> type;
      try {
        type = Class.forName(name);
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
      boolean asynchronous =
          Stream.of(type.getMethods())
              .anyMatch(
                  m -> m.getReturnType() == Future.class || m.getReturnType() == ReadStream.class);
      if (type.isInterface()
          && Modifier.isPublic(type.getModifiers())
          && asynchronous
          && !marked.containsKey(type)) {
        unmarked.add(name);
      }
    }
    assertThat(unmarked).as("public interfaces with futures or streams, not @GenWrapper").isEmpty();
  }

  @Test
  void everyWrappedMethodOfTheCoreHasItsWrapper() {
    List<String> missing = new ArrayList<>();
    Map<Class<?>, ClassMarks> marked = marked();
    for (Class<?> api : marked.keySet()) {
      Class<?> wrapper = wrapperOf(api);
      if (wrapper == null) {
        missing.add(api.getName() + ": no wrapper class " + WRAPPERS + "." + api.getSimpleName());
        continue;
      }
      for (Method method : wrapped(api, marked)) {
        List<String> names = new ArrayList<>(List.of(method.getName()));
        if (method.getReturnType() == Future.class) {
          names.add(method.getName() + "AndAwait");
          names.add(method.getName() + "AndForget");
        }
        for (String name : names) {
          if (find(wrapper, name, method) == null) {
            missing.add(describe(api, method) + ": no " + wrapper.getName() + "." + name);
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void futuresBecomeUnisAndStreamsMultis() {
    Map<Class<?>, ClassMarks> marked = marked();
    for (Class<?> api : marked.keySet()) {
      Class<?> wrapper = wrapperOf(api);
      for (Method method : wrapped(api, marked)) {
        Method counterpart = find(wrapper, method.getName(), method);
        if (method.getReturnType() == Future.class) {
          assertThat(counterpart.getReturnType()).as(describe(api, method)).isEqualTo(Uni.class);
        } else if (method.getReturnType() == ReadStream.class) {
          assertThat(counterpart.getReturnType()).as(describe(api, method)).isEqualTo(Multi.class);
        } else if (marked.containsKey(method.getReturnType())) {
          assertThat(counterpart.getReturnType())
              .as(describe(api, method))
              .isEqualTo(wrapperOf(method.getReturnType()));
        }
      }
    }
  }

  /** The public methods a wrapper must have: those of marked interfaces, less the ignored. */
  private static List<Method> wrapped(Class<?> api, Map<Class<?>, ClassMarks> marked) {
    List<Method> methods = new ArrayList<>();
    for (Method method : api.getMethods()) {
      ClassMarks declaring = marked.get(method.getDeclaringClass());
      if (declaring == null // from an unmarked super-interface, reachable through getDelegate()
          || method.isSynthetic()
          || isObjectMethod(method)
          || declaring.method(nameAndDescriptor(method), ClassMarks.GEN_IGNORE)) {
        continue;
      }
      methods.add(method);
    }
    return methods;
  }

  private static Method find(Class<?> wrapper, String name, Method core) {
    for (Method method : wrapper.getMethods()) {
      if (method.getName().equals(name)
          && method.getParameterCount() == core.getParameterCount()
          && Modifier.isStatic(method.getModifiers()) == Modifier.isStatic(core.getModifiers())) {
        return method;
      }
    }
    return null;
  }

  private static Class<?> wrapperOf(Class<?> api) {
    String name = WRAPPERS + api.getName().substring(CORE.length());
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  private static boolean isObjectMethod(Method method) {
    try {
      Object.class.getMethod(method.getName(), method.getParameterTypes());
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static String nameAndDescriptor(Method method) {
    return method.getName()
        + MethodType.methodType(method.getReturnType(), method.getParameterTypes())
            .toMethodDescriptorString();
  }

  private static String describe(Class<?> api, Method method) {
    return api.getSimpleName() + "." + method.getName() + "/" + method.getParameterCount();
  }

  /**
   * The top-level interfaces of {@code io.pgloop} whose class files carry {@code GenWrapper}, found
   * where the core's classes are (a directory in the IDE, the jar in a Maven build).
   */
  private static Map<Class<?>, ClassMarks> marked() {
    Map<Class<?>, ClassMarks> marked = new TreeMap<>((a, b) -> a.getName().compareTo(b.getName()));
    for (String name : coreClassNames()) {
      ClassMarks marks;
      try (InputStream in =
          io.pgloop.PgConnection.class.getResourceAsStream(
              "/" + name.replace('.', '/') + ".class")) {
        marks = ClassMarks.read(in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (marks.type().contains(ClassMarks.GEN_WRAPPER)) {
        try {
          marked.put(Class.forName(name), marks);
        } catch (ClassNotFoundException e) {
          throw new AssertionError(e);
        }
      }
    }
    return marked;
  }

  private static List<String> coreClassNames() {
    String dir = CORE.replace('.', '/') + "/";
    try {
      Path location =
          Path.of(
              io.pgloop.PgConnection.class
                  .getProtectionDomain()
                  .getCodeSource()
                  .getLocation()
                  .toURI());
      Stream<String> entries;
      if (Files.isDirectory(location)) {
        try (Stream<Path> files = Files.list(location.resolve(dir))) {
          entries = files.map(p -> dir + p.getFileName()).toList().stream();
        }
      } else {
        try (JarFile jar = new JarFile(location.toFile())) {
          entries = jar.stream().map(e -> e.getName()).toList().stream();
        }
      }
      return entries
          .filter(e -> e.startsWith(dir) && e.endsWith(".class"))
          .map(e -> e.substring(0, e.length() - 6))
          .filter(e -> e.indexOf('/', dir.length()) < 0 && !e.contains("$"))
          .map(e -> e.replace('/', '.'))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
