package io.pgloop.codegen;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.NameAllocator;
import com.squareup.javapoet.ParameterSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import java.util.List;

/**
 * Writes, next to each Mutiny method that returns a {@code Uni}, the two variants the Quarkus
 * Mutiny bindings offer: {@code xxxAndAwait}, which blocks for the item, and {@code xxxAndForget},
 * which subscribes and ignores it.
 */
final class AwaitVariantsWriter {

  private AwaitVariantsWriter() {}

  /**
   * The variants of {@code uniMethod}.
   *
   * @param original the wrapped method's javadoc, whose param and deprecated tags the variants
   *     keep; may be {@code null}
   */
  static List<MethodSpec> write(MethodSpec uniMethod, Javadoc original) {
    TypeName item = ((ParameterizedTypeName) uniMethod.returnType).typeArguments.get(0);
    List<String> params = original == null ? List.of() : original.variantTags();
    CodeBlock link = link(uniMethod);
    CodeBlock call = call(uniMethod);

    MethodSpec.Builder await =
        variant(uniMethod, "AndAwait")
            .returns(item)
            .addJavadoc(
                "Blocking variant of $L: waits, without a time limit, for its item or failure.\n"
                    + "\n<p>Never call it on an event-loop thread: it would block the loop.\n",
                link)
            .addStatement("return $L.await().indefinitely()", call);
    tags(await, params, CodeBlock.of("@return the item of $L", link));

    NameAllocator names = new NameAllocator();
    uniMethod.parameters.forEach(p -> names.newName(p.name, p.name));
    String ignored = names.newName("item");
    MethodSpec.Builder forget =
        variant(uniMethod, "AndForget")
            .addJavadoc(
                "Fire-and-forget variant of $L: subscribes and ignores the item. A failure goes to\n"
                    + "Mutiny's dropped-exception handler ({@code"
                    + " Infrastructure.handleDroppedException}).\n",
                link)
            .addStatement("$L.subscribe().with($N -> {})", call, ignored);
    tags(forget, params, null);
    return List.of(await.build(), forget.build());
  }

  private static MethodSpec.Builder variant(MethodSpec uniMethod, String suffix) {
    return MethodSpec.methodBuilder(uniMethod.name + suffix)
        .addAnnotations(uniMethod.annotations)
        .addModifiers(uniMethod.modifiers)
        .addTypeVariables(uniMethod.typeVariables)
        .addParameters(uniMethod.parameters)
        .varargs(uniMethod.varargs)
        .addExceptions(uniMethod.exceptions);
  }

  private static void tags(MethodSpec.Builder method, List<String> params, CodeBlock returns) {
    if (params.isEmpty() && returns == null) {
      return;
    }
    method.addJavadoc("\n");
    params.stream().filter(t -> t.startsWith("@param")).forEach(p -> method.addJavadoc("$L\n", p));
    if (returns != null) {
      method.addJavadoc("$L\n", returns);
    }
    params.stream()
        .filter(t -> t.startsWith("@deprecated"))
        .forEach(p -> method.addJavadoc("$L\n", p));
  }

  private static CodeBlock call(MethodSpec uniMethod) {
    return CodeBlock.of(
        "$N($L)",
        uniMethod.name,
        String.join(", ", uniMethod.parameters.stream().map(p -> p.name).toList()));
  }

  /** {@code {@link #m(A, B)}} with erased parameter types, as javadoc resolves them. */
  private static CodeBlock link(MethodSpec uniMethod) {
    List<CodeBlock> erased =
        uniMethod.parameters.stream().map(AwaitVariantsWriter::erasure).toList();
    return CodeBlock.of("{@link #$L($L)}", uniMethod.name, CodeBlock.join(erased, ", "));
  }

  private static CodeBlock erasure(ParameterSpec parameter) {
    return CodeBlock.of("$T", Erasure.of(parameter.type));
  }
}
