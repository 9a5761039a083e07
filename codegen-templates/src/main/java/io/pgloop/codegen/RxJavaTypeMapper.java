package io.pgloop.codegen;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.NameAllocator;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;

/**
 * RxJava 3: {@code Future<Void>} becomes {@code Completable}, {@code Future<T>} becomes {@code
 * Single<T>}, or {@code Maybe<T>} for a method marked {@link GenNullable}; {@code ReadStream<T>}
 * becomes {@code Flowable<T>}.
 *
 * <p>RxJava has no {@code null} items: a {@code Single} whose future completes with {@code null}
 * fails with a {@code NullPointerException}, a {@code Maybe} completes empty. Every source is lazy
 * ({@code defer}): the core's method is called on each subscription; disposing does not stop the
 * call, a Vert.x {@code Future} cannot be cancelled.
 */
final class RxJavaTypeMapper extends TypeMapper {

  private static final TypeName VOID = ClassName.get(Void.class);

  RxJavaTypeMapper(WrappedTypes wrapped, ClassName adapters) {
    super(wrapped, adapters);
  }

  @Override
  Mapped futureResult(Mapped item, boolean nullable, NameAllocator names) {
    if (item.type().equals(VOID)) {
      return new Mapped(
          Names.COMPLETABLE,
          e -> defer(Names.COMPLETABLE, e),
          new Mapped.ReturnDoc(
              "a lazy {@link Completable} (the call is made on each subscription)", "future"));
    }
    ClassName source = nullable ? Names.MAYBE : Names.SINGLE;
    return new Mapped(
        ParameterizedTypeName.get(source, item.type()),
        e -> {
          CodeBlock deferred = defer(source, e);
          return item.isIdentity()
              ? deferred
              : CodeBlock.of("$L.map($L)", deferred, lambda(item, "result", names));
        },
        new Mapped.ReturnDoc(
            "a lazy {@link " + source.simpleName() + "} (the call is made on each subscription)",
            "future"));
  }

  private static CodeBlock defer(ClassName source, CodeBlock future) {
    return CodeBlock.of(
        "$T.defer(() -> $T.fromCompletionStage($L.toCompletionStage()))", source, source, future);
  }

  @Override
  Mapped futureArgument(Mapped item, NameAllocator names) {
    TypeName type =
        item.type().equals(VOID)
            ? Names.COMPLETABLE
            : ParameterizedTypeName.get(Names.SINGLE, item.type());
    return Mapped.converted(
        type,
        e -> {
          CodeBlock future = CodeBlock.of("$T.toFuture($L)", adapters, e);
          return item.isIdentity()
              ? future
              : CodeBlock.of("$L.map($L)", future, lambda(item, "result", names));
        });
  }

  @Override
  Mapped streamResult(Mapped item, NameAllocator names) {
    return new Mapped(
        ParameterizedTypeName.get(Names.FLOWABLE, item.type()),
        e ->
            item.isIdentity()
                ? CodeBlock.of("$T.toFlowable($L)", adapters, e)
                : CodeBlock.of("$T.toFlowable($L, $L)", adapters, e, lambda(item, "item", names)),
        new Mapped.ReturnDoc("a {@link Flowable}, with back-pressure,", "stream"));
  }
}
