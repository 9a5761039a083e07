package io.pgloop.codegen;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import com.squareup.javapoet.TypeVariableName;
import com.squareup.javapoet.WildcardTypeName;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code Adapters}, the package-private conversions the wrappers of one package share: from
 * the flavor's single-value types to a Vert.x {@code Future}, from a {@code ReadStream} to the
 * flavor's stream, and element-wise copies of collections.
 */
final class AdaptersWriter {

  private static final TypeVariableName T = TypeVariableName.get("T");
  private static final TypeVariableName R = TypeVariableName.get("R");
  private static final TypeName MAPPER =
      ParameterizedTypeName.get(
          ClassName.get(Function.class),
          WildcardTypeName.supertypeOf(T),
          WildcardTypeName.subtypeOf(R));

  private AdaptersWriter() {}

  static JavaFile write(Flavor flavor, String pkg) {
    TypeSpec.Builder adapters =
        TypeSpec.classBuilder(Names.ADAPTERS)
            .addJavadoc("Conversions shared by the generated wrappers of this package.\n")
            .addAnnotation(WrapperWriter.generated())
            .addModifiers(Modifier.FINAL)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    ClassName publisher = ClassName.get(pkg, Names.READ_STREAM_PUBLISHER);
    if (flavor == Flavor.MUTINY) {
      adapters.addMethod(toFuture(Names.UNI, "subscribeAsCompletionStage()"));
      adapters.addMethods(toStream("toMulti", Names.MULTI, publisher));
    } else {
      adapters.addMethod(toFuture(Names.SINGLE, "toCompletionStage()"));
      // A Maybe that completes empty gives a null result, as the core's nullable futures do.
      adapters.addMethod(toFuture(Names.MAYBE, "toCompletionStage(null)"));
      adapters.addMethod(
          MethodSpec.methodBuilder("toFuture")
              .addModifiers(Modifier.STATIC)
              .returns(ParameterizedTypeName.get(Names.FUTURE, ClassName.get(Void.class)))
              .addParameter(Names.COMPLETABLE, "source")
              .addStatement(
                  "return $T.fromCompletionStage(source.<$T>toCompletionStage(null))",
                  Names.FUTURE,
                  Void.class)
              .build());
      adapters.addMethods(toStream("toFlowable", Names.FLOWABLE, publisher));
    }
    adapters.addMethod(copy("mapList", List.class, ArrayList.class));
    adapters.addMethod(copy("mapSet", Set.class, LinkedHashSet.class));
    return JavaFile.builder(pkg, adapters.build()).skipJavaLangImports(true).build();
  }

  private static MethodSpec toFuture(ClassName source, String toCompletionStage) {
    return MethodSpec.methodBuilder("toFuture")
        .addModifiers(Modifier.STATIC)
        .addTypeVariable(T)
        .returns(ParameterizedTypeName.get(Names.FUTURE, T))
        .addParameter(ParameterizedTypeName.get(source, T), "source")
        .addStatement("return $T.fromCompletionStage(source.$L)", Names.FUTURE, toCompletionStage)
        .build();
  }

  private static List<MethodSpec> toStream(String name, ClassName target, ClassName publisher) {
    TypeName stream = ParameterizedTypeName.get(Names.READ_STREAM, T);
    MethodSpec identity =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.STATIC)
            .addTypeVariable(T)
            .returns(ParameterizedTypeName.get(target, T))
            .addParameter(stream, "stream")
            .addStatement("return $N(stream, $T.identity())", name, Function.class)
            .build();
    String create =
        target.equals(Names.MULTI) ? "$T.createFrom().publisher($L)" : "$T.fromPublisher($L)";
    MethodSpec mapped =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.STATIC)
            .addTypeVariable(T)
            .addTypeVariable(R)
            .returns(ParameterizedTypeName.get(target, R))
            .addParameter(stream, "stream")
            .addParameter(MAPPER, "mapper")
            .beginControlFlow("if (stream == null)")
            .addStatement("return null")
            .endControlFlow()
            .addStatement(
                "return " + create,
                target,
                com.squareup.javapoet.CodeBlock.of(
                    "new $T<$T, $T>(stream, mapper)", publisher, T, R))
            .build();
    return List.of(identity, mapped);
  }

  private static MethodSpec copy(String name, Class<?> type, Class<?> implementation) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.STATIC)
        .addTypeVariable(T)
        .addTypeVariable(R)
        .returns(ParameterizedTypeName.get(ClassName.get(type), R))
        .addParameter(
            ParameterizedTypeName.get(ClassName.get(Iterable.class), WildcardTypeName.subtypeOf(T)),
            "items")
        .addParameter(MAPPER, "mapper")
        .beginControlFlow("if (items == null)")
        .addStatement("return null")
        .endControlFlow()
        .addStatement(
            "$T<$T> copy = new $T<>()", ClassName.get(type), R, ClassName.get(implementation))
        .beginControlFlow("for ($T item : items)", T)
        .addStatement("copy.add(mapper.apply(item))")
        .endControlFlow()
        .addStatement("return copy")
        .build();
  }
}
