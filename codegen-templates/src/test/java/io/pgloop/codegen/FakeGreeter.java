package io.pgloop.codegen;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.function.Function;

/**
 * An implementation of the fixture {@code example.api.Greeter}, made with a {@link Proxy} because
 * the interface only exists in the in-memory compilation. Counts the calls to {@code greet}, to
 * show that the wrappers call the core lazily.
 */
final class FakeGreeter implements InvocationHandler {

  final ListReadStream<String> names = new ListReadStream<>(List.of("ada", "grace", "barbara"));
  final ListReadStream<String> lines = new ListReadStream<>(List.of("one", "two"));
  Object linesProxy;
  int greetings;
  boolean nullGreetings;
  Handler<Object> greetingHandler;
  Object proxy;

  /** A new fake, as an instance of the fixture interface loaded by {@code classes}. */
  static FakeGreeter create(CompiledClasses classes) {
    FakeGreeter fake = new FakeGreeter();
    Class<?> api = classes.load("example.api.Greeter");
    fake.proxy = Proxy.newProxyInstance(classes, new Class<?>[] {api}, fake);
    Class<?> lines = classes.load("example.api.Lines");
    fake.linesProxy = Proxy.newProxyInstance(classes, new Class<?>[] {lines}, fake::invokeOnLines);
    return fake;
  }

  /** The fixture {@code Lines} is a ReadStream: its calls go to {@link #lines}. */
  private Object invokeOnLines(Object self, Method method, Object[] args) throws Exception {
    if (method.getName().equals("count")) {
      return (long) lines.emitted;
    }
    if (method.getDeclaringClass() == Object.class) {
      return method.invoke(lines, args);
    }
    Method target = ListReadStream.class.getMethod(method.getName(), method.getParameterTypes());
    Object result = target.invoke(lines, args);
    return result == lines ? self : result;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Object invoke(Object self, Method method, Object[] args) {
    switch (method.getName()) {
      case "greet":
        greetings++;
        return Future.succeededFuture(nullGreetings ? null : "hello " + args[0]);
      case "names":
        return names;
      case "lines":
        return linesProxy;
      case "close":
        return Future.succeededFuture();
      case "bestFriend":
        return Future.succeededFuture(null);
      case "setName":
        return self;
      case "greetingHandler":
        greetingHandler = (Handler<Object>) args[0];
        return self;
      case "withGreeter":
        return ((Function<Object, Future<?>>) args[0]).apply(self);
      case "friends":
        return List.of(self, self);
      case "equals":
        return self == args[0];
      case "hashCode":
        return System.identityHashCode(self);
      case "toString":
        return "FakeGreeter";
      default:
        throw new UnsupportedOperationException(method.getName());
    }
  }
}
