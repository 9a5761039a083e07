package io.pgloop.codegen;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import com.squareup.javapoet.TypeVariableName;
import com.squareup.javapoet.WildcardTypeName;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code ReadStreamPublisher}, the adapter from a Vert.x {@code ReadStream} to a Reactive
 * Streams publisher, into a target package. It is generated rather than shipped in a runtime jar so
 * that a wrapper jar needs nothing but the core, Vert.x and its reactive library.
 *
 * <p>Back-pressure maps one to one: the stream is paused before anything else, and each {@code
 * request(n)} becomes {@code fetch(n)}. Cancelling pauses the stream and drops its handlers; there
 * is no generic way to close a stream, so a stream that holds resources is closed through its own
 * API. A stream can be subscribed to once: a second subscriber gets an {@code
 * IllegalStateException}.
 */
final class StreamAdapterWriter {

  private static final TypeVariableName T = TypeVariableName.get("T");
  private static final TypeVariableName R = TypeVariableName.get("R");

  private StreamAdapterWriter() {}

  static JavaFile write(Flavor flavor, String pkg) {
    TypeName stream = ParameterizedTypeName.get(Names.READ_STREAM, T);
    TypeName mapper =
        ParameterizedTypeName.get(
            ClassName.get(Function.class),
            WildcardTypeName.supertypeOf(T),
            WildcardTypeName.subtypeOf(R));
    TypeName subscriber =
        ParameterizedTypeName.get(flavor.subscriber, WildcardTypeName.supertypeOf(R));
    ClassName self = ClassName.get(pkg, Names.READ_STREAM_PUBLISHER);

    TypeSpec publisher =
        TypeSpec.classBuilder(self)
            .addJavadoc(
                "Publishes the items of a Vert.x {@link $T}, with back-pressure: each request(n)"
                    + " becomes\nfetch(n). Cancelling pauses the stream and drops its handlers."
                    + " One subscriber only.\n",
                Names.READ_STREAM)
            .addAnnotation(WrapperWriter.generated())
            .addModifiers(Modifier.FINAL)
            .addTypeVariable(T)
            .addTypeVariable(R)
            .addSuperinterface(ParameterizedTypeName.get(flavor.publisher, R))
            .addField(stream, "stream", Modifier.PRIVATE, Modifier.FINAL)
            .addField(mapper, "mapper", Modifier.PRIVATE, Modifier.FINAL)
            .addField(
                FieldSpec.builder(
                        AtomicBoolean.class, "subscribed", Modifier.PRIVATE, Modifier.FINAL)
                    .initializer("new $T()", AtomicBoolean.class)
                    .build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addParameter(stream, "stream")
                    .addParameter(mapper, "mapper")
                    .addStatement(
                        "this.stream = $T.requireNonNull(stream, $S)", Objects.class, "stream")
                    .addStatement(
                        "this.mapper = $T.requireNonNull(mapper, $S)", Objects.class, "mapper")
                    .build())
            .addMethod(subscribe(flavor, subscriber))
            .addType(subscription(flavor, stream, mapper, subscriber))
            .build();
    return JavaFile.builder(pkg, publisher).skipJavaLangImports(true).build();
  }

  private static MethodSpec subscribe(Flavor flavor, TypeName subscriber) {
    return MethodSpec.methodBuilder("subscribe")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(subscriber, "subscriber")
        .addStatement("$T.requireNonNull(subscriber, $S)", Objects.class, "subscriber")
        .beginControlFlow("if (!subscribed.compareAndSet(false, true))")
        .addComment("Rule 1.9: onSubscribe comes before any other signal.")
        .addStatement("subscriber.onSubscribe($L)", noopSubscription(flavor))
        .addStatement(
            "subscriber.onError(new $T($S))",
            IllegalStateException.class,
            "a ReadStream can be subscribed to once only")
        .addStatement("return")
        .endControlFlow()
        .addStatement("new StreamSubscription<>(stream, mapper, subscriber).start()")
        .build();
  }

  private static TypeSpec noopSubscription(Flavor flavor) {
    return TypeSpec.anonymousClassBuilder("")
        .addSuperinterface(flavor.subscription)
        .addMethod(
            MethodSpec.methodBuilder("request")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(long.class, "n")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("cancel")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .build())
        .build();
  }

  private static TypeSpec subscription(
      Flavor flavor, TypeName stream, TypeName mapper, TypeName subscriber) {
    return TypeSpec.classBuilder("StreamSubscription")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addTypeVariable(T)
        .addTypeVariable(R)
        .addSuperinterface(flavor.subscription)
        .addField(stream, "stream", Modifier.PRIVATE, Modifier.FINAL)
        .addField(mapper, "mapper", Modifier.PRIVATE, Modifier.FINAL)
        .addField(subscriber, "subscriber", Modifier.PRIVATE, Modifier.FINAL)
        .addField(
            FieldSpec.builder(AtomicBoolean.class, "done", Modifier.PRIVATE, Modifier.FINAL)
                .initializer("new $T()", AtomicBoolean.class)
                .build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addParameter(stream, "stream")
                .addParameter(mapper, "mapper")
                .addParameter(subscriber, "subscriber")
                .addStatement("this.stream = stream")
                .addStatement("this.mapper = mapper")
                .addStatement("this.subscriber = subscriber")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("start")
                .addComment("Paused first: no item may flow before the subscriber asks for it.")
                .addStatement("stream.pause()")
                .addStatement("stream.exceptionHandler(this::fail)")
                .addStatement("stream.endHandler(ignored -> complete())")
                .addStatement("stream.handler(this::next)")
                .addStatement("subscriber.onSubscribe(this)")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("request")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(long.class, "n")
                .beginControlFlow("if (n <= 0)")
                .addStatement(
                    "fail(new $T($S + n))",
                    IllegalArgumentException.class,
                    "Reactive Streams rule 3.9: request must be positive, was ")
                .nextControlFlow("else if (!done.get())")
                .addStatement("stream.fetch(n)")
                .endControlFlow()
                .build())
        .addMethod(
            MethodSpec.methodBuilder("cancel")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .beginControlFlow("if (done.compareAndSet(false, true))")
                .addStatement("detach()")
                .endControlFlow()
                .build())
        .addMethod(
            MethodSpec.methodBuilder("next")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(T, "item")
                .beginControlFlow("if (done.get())")
                .addStatement("return")
                .endControlFlow()
                .addStatement("$T mapped", R)
                .beginControlFlow("try")
                .addStatement("mapped = mapper.apply(item)")
                .nextControlFlow("catch ($T e)", Throwable.class)
                .addStatement("fail(e)")
                .addStatement("return")
                .endControlFlow()
                .addStatement("subscriber.onNext(mapped)")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("fail")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(Throwable.class, "failure")
                .beginControlFlow("if (done.compareAndSet(false, true))")
                .addStatement("detach()")
                .addStatement("subscriber.onError(failure)")
                .endControlFlow()
                .build())
        .addMethod(
            MethodSpec.methodBuilder("complete")
                .addModifiers(Modifier.PRIVATE)
                .beginControlFlow("if (done.compareAndSet(false, true))")
                .addStatement("subscriber.onComplete()")
                .endControlFlow()
                .build())
        .addMethod(
            MethodSpec.methodBuilder("detach")
                .addModifiers(Modifier.PRIVATE)
                .addCode(
                    CodeBlock.builder()
                        .addStatement("stream.pause()")
                        .addStatement("stream.handler(null)")
                        .addStatement("stream.exceptionHandler(null)")
                        .addStatement("stream.endHandler(null)")
                        .build())
                .build())
        .build();
  }
}
