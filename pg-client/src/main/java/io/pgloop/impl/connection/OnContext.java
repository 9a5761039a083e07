package io.pgloop.impl.connection;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.internal.ContextInternal;
import java.util.function.Supplier;

/** Runs an action on a connection's context, hopping there from another thread. */
final class OnContext {

  private OnContext() {}

  /** The action's future, run at once on the context's thread, else scheduled there. */
  static <T> Future<T> call(ContextInternal context, Supplier<Future<T>> action) {
    if (context.inThread()) {
      return action.get();
    }
    Promise<T> promise = context.promise();
    context.runOnContext(v -> action.get().onComplete(promise));
    return promise.future();
  }

  /** Runs the action on the context: at once on its thread, else scheduled there. */
  static void run(ContextInternal context, Runnable action) {
    if (context.inThread()) {
      action.run();
    } else {
      context.runOnContext(v -> action.run());
    }
  }
}
