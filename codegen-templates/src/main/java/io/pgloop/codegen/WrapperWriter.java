package io.pgloop.codegen;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.NameAllocator;
import com.squareup.javapoet.ParameterSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import com.squareup.javapoet.TypeVariableName;
import com.squareup.javapoet.WildcardTypeName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Writes the wrapper class of one {@link GenWrapper} interface: a final class of the same simple
 * name that holds the core object ({@code getDelegate()}, {@code newInstance}, equals, hashCode and
 * toString delegating) and has one method per wrapped method, converted by the flavor's {@link
 * TypeMapper}.
 */
final class WrapperWriter {

  private final ProcessingEnvironment env;
  private final Elements elements;
  private final Types types;
  private final Flavor flavor;
  private final WrappedTypes wrapped;
  private final ClassName vertxWrapper;
  private final MethodCollector methods;
  private DocReferences references;

  /**
   * @param vertxWrapper the flavor's wrapper of {@code io.vertx.core.Vertx}, for which static
   *     methods that take a {@code Vertx} get an overload; {@code null} for none
   */
  WrapperWriter(
      ProcessingEnvironment env, Flavor flavor, WrappedTypes wrapped, ClassName vertxWrapper) {
    this.env = env;
    this.elements = env.getElementUtils();
    this.types = env.getTypeUtils();
    this.flavor = flavor;
    this.wrapped = wrapped;
    this.vertxWrapper = vertxWrapper;
    this.methods = new MethodCollector(elements);
  }

  /** The {@code @Generated} mark on every generated class. */
  static AnnotationSpec generated() {
    return AnnotationSpec.builder(Names.GENERATED)
        .addMember("value", "$S", WrapperProcessor.class.getName())
        .build();
  }

  JavaFile write(TypeElement api) {
    ClassName self = wrapped.wrapperClass(api);
    ClassName core = ClassName.get(api);
    List<TypeVariableName> typeVariables =
        api.getTypeParameters().stream().map(TypeVariableName::get).toList();
    TypeName selfType = parameterized(self, typeVariables);
    TypeName coreType = parameterized(core, typeVariables);
    TypeMapper mapper = flavor.mapper(wrapped, self.peerClass(Names.ADAPTERS));
    List<ExecutableElement> wrappedMethods = methods.collect(api);
    Set<String> methodNames = new HashSet<>(Set.of("getDelegate", "newInstance"));
    wrappedMethods.forEach(m -> methodNames.add(m.getSimpleName().toString()));
    references = new DocReferences(env, api, methodNames);

    TypeSpec.Builder wrapper =
        TypeSpec.classBuilder(self)
            .addJavadoc(classDoc(api, core))
            .addAnnotation(generated())
            .addOriginatingElement(api)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addTypeVariables(typeVariables)
            .addField(coreType, "delegate", Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addJavadoc("Wraps {@code delegate}, which must not be {@code null}.\n")
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(coreType, "delegate")
                    .addStatement(
                        "this.delegate = $T.requireNonNull(delegate, $S)",
                        Objects.class,
                        "delegate")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("newInstance")
                    .addJavadoc("Wraps {@code delegate}; {@code null} gives {@code null}.\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .addTypeVariables(typeVariables)
                    .returns(selfType)
                    .addParameter(coreType, "delegate")
                    .addStatement(
                        "return delegate == null ? null : new $T$L(delegate)",
                        self,
                        typeVariables.isEmpty() ? "" : "<>")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("getDelegate")
                    .addJavadoc("The wrapped core object.\n")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(coreType)
                    .addStatement("return delegate")
                    .build());

    DeclaredType apiType = (DeclaredType) api.asType();
    for (ExecutableElement method : wrappedMethods) {
      MethodSpec spec = method(api, apiType, core, selfType, mapper, method);
      List<MethodSpec> specs = new ArrayList<>(List.of(spec));
      vertxOverload(spec).ifPresent(specs::add);
      for (MethodSpec each : specs) {
        wrapper.addMethod(each);
        if (flavor == Flavor.MUTINY
            && each.returnType instanceof ParameterizedTypeName p
            && p.rawType.equals(Names.UNI)) {
          wrapper.addMethods(AwaitVariantsWriter.write(each, doc(method)));
        }
      }
    }
    streamView(api, apiType, mapper).ifPresent(wrapper::addMethod);
    wrapper.addMethods(objectMethods(self, typeVariables));
    return JavaFile.builder(self.packageName(), wrapper.build()).skipJavaLangImports(true).build();
  }

  private MethodSpec method(
      TypeElement api,
      DeclaredType apiType,
      ClassName core,
      TypeName selfType,
      TypeMapper mapper,
      ExecutableElement method) {
    boolean isStatic = method.getModifiers().contains(Modifier.STATIC);
    ExecutableType type =
        isStatic
            ? (ExecutableType) method.asType()
            : (ExecutableType) types.asMemberOf(apiType, method);
    String name = method.getSimpleName().toString();
    int arity = method.getParameters().size();
    if ((name.equals("getDelegate") && arity == 0) || (name.equals("newInstance") && arity == 1)) {
      throw new IllegalArgumentException(
          name + " clashes with the wrapper's own method: rename it or mark it @GenIgnore");
    }
    NameAllocator names = new NameAllocator();
    List<? extends VariableElement> parameters = method.getParameters();
    for (VariableElement parameter : parameters) {
      String p = parameter.getSimpleName().toString();
      names.newName(p, p);
    }

    MethodSpec.Builder spec = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC);
    if (method.getAnnotation(Deprecated.class) != null) {
      spec.addAnnotation(Deprecated.class);
    }
    if (isStatic) {
      spec.addModifiers(Modifier.STATIC);
    }
    method.getTypeParameters().forEach(t -> spec.addTypeVariable(TypeVariableName.get(t)));
    List<CodeBlock> arguments = new ArrayList<>();
    for (int i = 0; i < parameters.size(); i++) {
      String p = parameters.get(i).getSimpleName().toString();
      Mapped mapped = mapper.toCore(type.getParameterTypes().get(i), names);
      spec.addParameter(mapped.type(), p);
      arguments.add(mapped.apply(CodeBlock.of("$N", p)));
    }
    spec.varargs(method.isVarArgs());
    type.getThrownTypes().forEach(t -> spec.addException(TypeName.get(t)));
    CodeBlock call =
        CodeBlock.of(
            isStatic ? "$T.$N($L)" : "this.delegate.$N($L)",
            isStatic
                ? new Object[] {core, name, CodeBlock.join(arguments, ", ")}
                : new Object[] {name, CodeBlock.join(arguments, ", ")});

    TypeMirror result = type.getReturnType();
    Mapped mapped = null;
    if (result.getKind() == TypeKind.VOID) {
      spec.addStatement("$L", call);
    } else if (!isStatic && types.isSameType(result, apiType)) {
      // Fluent: the wrapper hands back itself when the core hands back itself.
      String local = names.newName("result");
      spec.returns(selfType)
          .addStatement("$T $N = $L", TypeName.get(result), local, call)
          .addStatement(
              "return $N == this.delegate ? this : $T.newInstance($N)",
              local,
              wrapped.wrapperClass(api),
              local);
    } else {
      boolean nullable = WrappedTypes.hasAnnotation(method, Names.GEN_NULLABLE);
      mapped = mapper.methodResult(result, nullable, names);
      spec.returns(mapped.type()).addStatement("return $L", mapped.apply(call));
    }
    spec.addJavadoc(methodDoc(method, core, mapped));
    return spec.build();
  }

  /**
   * For an interface that is itself a {@code ReadStream<T>} (its methods, from an unmarked
   * super-interface, are not wrapped), a {@code toMulti()} or {@code toFlowable()} that shows it as
   * the flavor's back-pressured stream.
   */
  /**
   * For a static method that takes a core {@code Vertx}, the same method taking the flavor's {@code
   * Vertx} wrapper and passing on its delegate: what applications that use the flavor's Vert.x API
   * hold (Quarkus injects the Mutiny one).
   */
  private Optional<MethodSpec> vertxOverload(MethodSpec spec) {
    if (vertxWrapper == null
        || !spec.modifiers.contains(Modifier.STATIC)
        || spec.parameters.stream().noneMatch(p -> p.type.equals(Names.VERTX))) {
      return Optional.empty();
    }
    MethodSpec.Builder overload =
        MethodSpec.methodBuilder(spec.name)
            .addModifiers(spec.modifiers)
            .addAnnotations(spec.annotations)
            .addTypeVariables(spec.typeVariables)
            .returns(spec.returnType)
            .varargs(spec.varargs)
            .addExceptions(spec.exceptions);
    List<CodeBlock> arguments = new ArrayList<>();
    List<CodeBlock> erased = new ArrayList<>();
    for (ParameterSpec parameter : spec.parameters) {
      boolean vertx = parameter.type.equals(Names.VERTX);
      overload.addParameter(vertx ? vertxWrapper : parameter.type, parameter.name);
      arguments.add(
          vertx
              ? CodeBlock.of("$N == null ? null : $N.getDelegate()", parameter.name, parameter.name)
              : CodeBlock.of("$N", parameter.name));
      erased.add(CodeBlock.of("$T", Erasure.of(parameter.type)));
    }
    overload.addJavadoc(
        "Same as {@link #$N($L)}, with the {@code Vertx} of the $L API of Vert.x: its delegate\n"
            + "runs the call.\n",
        spec.name,
        CodeBlock.join(erased, ", "),
        flavor == Flavor.MUTINY ? "Mutiny" : "RxJava 3");
    // The tags as the wrapped method states them, its @return already said of the wrapper's type.
    Javadoc wrapperDoc = Javadoc.parseWritten(spec.javadoc.toString());
    if (wrapperDoc != null) {
      List<String> tags =
          wrapperDoc.tags().stream()
              .filter(t -> !t.startsWith("@deprecated") && !t.startsWith("@see"))
              .toList();
      if (!tags.isEmpty()) {
        overload.addJavadoc("\n$L\n", String.join("\n", tags));
      }
    }
    String call = spec.returnType.equals(TypeName.VOID) ? "$N($L)" : "return $N($L)";
    overload.addStatement(call, spec.name, CodeBlock.join(arguments, ", "));
    return Optional.of(overload.build());
  }

  private Optional<MethodSpec> streamView(
      TypeElement api, DeclaredType apiType, TypeMapper mapper) {
    TypeMirror stream = readStreamSupertype(apiType);
    boolean declared =
        ElementFilter.methodsIn(api.getEnclosedElements()).stream()
            .anyMatch(
                m ->
                    m.getSimpleName().contentEquals(flavor.streamView)
                        && m.getParameters().isEmpty());
    if (stream == null || declared) {
      return Optional.empty();
    }
    Mapped mapped = mapper.toWrapper(stream, new NameAllocator());
    return Optional.of(
        MethodSpec.methodBuilder(flavor.streamView)
            .addJavadoc(
                "This stream's items, with back-pressure. The stream can be subscribed to once;"
                    + " use it\nthrough this view or through {@link #getDelegate()}, not both.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(mapped.type())
            .addStatement("return $L", mapped.apply(CodeBlock.of("this.delegate")))
            .build());
  }

  private TypeMirror readStreamSupertype(TypeMirror type) {
    for (TypeMirror parent : types.directSupertypes(type)) {
      if (TypeMapper.is(parent, Names.READ_STREAM)) {
        return parent;
      }
      TypeMirror found = readStreamSupertype(parent);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private CodeBlock classDoc(TypeElement api, ClassName core) {
    String library = flavor == Flavor.MUTINY ? "Mutiny" : "RxJava 3";
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add("$L wrapper of {@link $T}: generated, do not edit.\n", library, core);
    Javadoc original = doc(api);
    if (original != null) {
      doc.add("\n<p>$L", original.text());
    }
    return doc.build();
  }

  private CodeBlock methodDoc(ExecutableElement method, ClassName core, Mapped result) {
    Mapped.ReturnDoc returnDoc = result == null ? null : result.returnDoc();
    Javadoc original = doc(method);
    if (original != null) {
      return CodeBlock.of("$L", original.withReturn(returnDoc).text());
    }
    // Read from a class file: no comment to copy, so point at the core's.
    List<CodeBlock> erased = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      erased.add(CodeBlock.of("$T", TypeName.get(types.erasure(parameter.asType()))));
    }
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add(
                "Calls {@link $T#$N($L)}.\n",
                core,
                method.getSimpleName().toString(),
                CodeBlock.join(erased, ", "));
    if (returnDoc != null) {
      doc.add("\n@return $L\n", returnDoc.rewrite("the core method's result"));
    }
    return doc.build();
  }

  /** The core comment of {@code element}, its references made to resolve in the wrapper. */
  private Javadoc doc(Element element) {
    Javadoc original = Javadoc.parse(elements.getDocComment(element));
    return original == null ? null : original.map(references::rewrite);
  }

  private static List<MethodSpec> objectMethods(ClassName self, List<TypeVariableName> vars) {
    TypeName any =
        vars.isEmpty()
            ? self
            : ParameterizedTypeName.get(
                self,
                vars.stream()
                    .map(v -> WildcardTypeName.subtypeOf(Object.class))
                    .toArray(TypeName[]::new));
    MethodSpec equals =
        MethodSpec.methodBuilder("equals")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addParameter(Object.class, "other")
            .beginControlFlow("if (this == other)")
            .addStatement("return true")
            .endControlFlow()
            .beginControlFlow("if (other == null || getClass() != other.getClass())")
            .addStatement("return false")
            .endControlFlow()
            .addStatement("return delegate.equals((($T) other).delegate)", any)
            .build();
    MethodSpec hashCode =
        MethodSpec.methodBuilder("hashCode")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(int.class)
            .addStatement("return delegate.hashCode()")
            .build();
    MethodSpec toString =
        MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return delegate.toString()")
            .build();
    return List.of(equals, hashCode, toString);
  }

  private static TypeName parameterized(ClassName raw, List<TypeVariableName> vars) {
    return vars.isEmpty() ? raw : ParameterizedTypeName.get(raw, vars.toArray(TypeName[]::new));
  }
}
