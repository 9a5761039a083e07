package io.pgloop.codegen;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.NameAllocator;
import com.squareup.javapoet.ParameterizedTypeName;
import java.util.function.Consumer;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Mutiny: {@code Future<T>} becomes {@code Uni<T>}, {@code ReadStream<T>} becomes {@code Multi<T>},
 * and a {@code Handler<T>} the user gives becomes a {@code Consumer<T>} ({@code Runnable} for
 * {@code Handler<Void>}), as in SmallRye's Mutiny bindings of Vert.x that Quarkus applications use.
 *
 * <p>The {@code Uni} is lazy, like every Mutiny source: the core's method is called when the {@code
 * Uni} is subscribed to, once per subscription. Cancelling the subscription does not stop the call:
 * a Vert.x {@code Future} cannot be cancelled. A {@code null} result is a {@code null} item.
 */
final class MutinyTypeMapper extends TypeMapper {

  MutinyTypeMapper(WrappedTypes wrapped, ClassName adapters) {
    super(wrapped, adapters);
  }

  @Override
  Mapped futureResult(Mapped item, boolean nullable, NameAllocator names) {
    return new Mapped(
        ParameterizedTypeName.get(Names.UNI, item.type()),
        e -> {
          CodeBlock uni =
              CodeBlock.of(
                  "$T.createFrom().completionStage(() -> $L.toCompletionStage())", Names.UNI, e);
          return item.isIdentity()
              ? uni
              : CodeBlock.of("$L.map($L)", uni, lambda(item, "result", names));
        },
        new Mapped.ReturnDoc(
            "a lazy {@link Uni} (the call is made on each subscription)", "future"));
  }

  @Override
  Mapped futureArgument(Mapped item, NameAllocator names) {
    return Mapped.converted(
        ParameterizedTypeName.get(Names.UNI, item.type()),
        e -> {
          CodeBlock future = CodeBlock.of("$T.toFuture($L)", adapters, e);
          return item.isIdentity()
              ? future
              : CodeBlock.of("$L.map($L)", future, lambda(item, "result", names));
        });
  }

  @Override
  Mapped callbackArgument(TypeMirror argument, Mapped in, NameAllocator names) {
    if (argument.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) argument).asElement())
            .getQualifiedName()
            .contentEquals("java.lang.Void")) {
      return Mapped.converted(
          ClassName.get(Runnable.class),
          runnable -> {
            String ignored = names.newName("ignored");
            return nullSafe(runnable, CodeBlock.of("$N -> $L.run()", ignored, runnable));
          });
    }
    return Mapped.converted(
        ParameterizedTypeName.get(ClassName.get(Consumer.class), in.type()),
        consumer -> {
          String arg = names.newName("arg");
          return nullSafe(
              consumer,
              CodeBlock.of(
                  "$N -> $L.accept($L)", arg, consumer, in.apply(CodeBlock.of("$N", arg))));
        });
  }

  @Override
  Mapped streamResult(Mapped item, NameAllocator names) {
    return new Mapped(
        ParameterizedTypeName.get(Names.MULTI, item.type()),
        e ->
            item.isIdentity()
                ? CodeBlock.of("$T.toMulti($L)", adapters, e)
                : CodeBlock.of("$T.toMulti($L, $L)", adapters, e, lambda(item, "item", names)),
        new Mapped.ReturnDoc("a {@link Multi}, with back-pressure,", "stream"));
  }
}
