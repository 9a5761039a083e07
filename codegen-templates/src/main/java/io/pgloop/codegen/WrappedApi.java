package io.pgloop.codegen;

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

/**
 * What the bindings modules check of their generated API: which interfaces of the core package are
 * marked {@link GenWrapper} (read from their class files, where reflection cannot see the mark),
 * which of their methods must be wrapped, and where the wrappers are.
 */
public final class WrappedApi {

  private final Class<?> anchor;
  private final String corePackage;
  private final String wrapperPackage;

  /**
   * The API of the core package of {@code anchor}, wrapped in {@code wrapperPackage}.
   *
   * @param anchor any class of the core package, to find where its classes are
   */
  public WrappedApi(Class<?> anchor, String wrapperPackage) {
    this.anchor = anchor;
    this.corePackage = anchor.getPackageName();
    this.wrapperPackage = wrapperPackage;
  }

  /**
   * The public interfaces of the core package that return futures or streams but are not marked
   * {@link GenWrapper}: they would have no wrapper at all. Data types such as {@code RowSet} have
   * neither and stay unwrapped.
   */
  public List<String> unmarkedAsynchronousInterfaces() {
    Map<Class<?>, ClassMarks> marked = marked();
    List<String> unmarked = new ArrayList<>();
    for (String name : coreClassNames()) {
      Class<?> type;
      try {
        type = Class.forName(name);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("a class of the core cannot be loaded: " + name, e);
      }
      if (type.isInterface()
          && Modifier.isPublic(type.getModifiers())
          && isAsynchronous(type)
          && !marked.containsKey(type)) {
        unmarked.add(name);
      }
    }
    return unmarked;
  }

  // Compared by name: this module does not depend on Vert.x, whose types the core returns.
  private static boolean isAsynchronous(Class<?> type) {
    return Stream.of(type.getMethods())
        .map(m -> m.getReturnType().getName())
        .anyMatch(
            n -> n.equals("io.vertx.core.Future") || n.equals("io.vertx.core.streams.ReadStream"));
  }

  /** The public methods a wrapper must have: those of marked interfaces, less the ignored. */
  public List<Method> wrapped(Class<?> api, Map<Class<?>, ClassMarks> marked) {
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

  public static Method find(Class<?> wrapper, String name, Method core) {
    for (Method method : wrapper.getMethods()) {
      if (method.getName().equals(name)
          && method.getParameterCount() == core.getParameterCount()
          && Modifier.isStatic(method.getModifiers()) == Modifier.isStatic(core.getModifiers())) {
        return method;
      }
    }
    return null;
  }

  public Class<?> wrapperOf(Class<?> api) {
    String name = wrapperPackage + api.getName().substring(corePackage.length());
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

  /** The name and JVM descriptor of {@code method}, as {@link ClassMarks} keys its methods. */
  public static String nameAndDescriptor(Method method) {
    return method.getName()
        + MethodType.methodType(method.getReturnType(), method.getParameterTypes())
            .toMethodDescriptorString();
  }

  public static String describe(Class<?> api, Method method) {
    return api.getSimpleName() + "." + method.getName() + "/" + method.getParameterCount();
  }

  /**
   * The top-level interfaces of the core package whose class files carry {@code GenWrapper}, found
   * where the core's classes are (a directory in the IDE, the jar in a Maven build).
   */
  public Map<Class<?>, ClassMarks> marked() {
    Map<Class<?>, ClassMarks> marked = new TreeMap<>((a, b) -> a.getName().compareTo(b.getName()));
    for (String name : coreClassNames()) {
      ClassMarks marks;
      try (InputStream in = anchor.getResourceAsStream("/" + name.replace('.', '/') + ".class")) {
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

  public List<String> coreClassNames() {
    String dir = corePackage.replace('.', '/') + "/";
    try {
      Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
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
