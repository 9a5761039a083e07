package io.pgloop.codegen;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.NameAllocator;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import com.squareup.javapoet.TypeVariableName;
import com.squareup.javapoet.WildcardTypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

  private final Elements elements;
  private final Types types;
  private final Flavor flavor;
  private final WrappedTypes wrapped;
  private final MethodCollector methods;

  WrapperWriter(Elements elements, Types types, Flavor flavor, WrappedTypes wrapped) {
    this.elements = elements;
    this.types = types;
    this.flavor = flavor;
    this.wrapped = wrapped;
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
    for (ExecutableElement method : methods.collect(api)) {
      MethodSpec spec = method(api, apiType, core, selfType, mapper, method);
      wrapper.addMethod(spec);
      if (flavor == Flavor.MUTINY
          && spec.returnType instanceof ParameterizedTypeName p
          && p.rawType.equals(Names.UNI)) {
        wrapper.addMethods(
            AwaitVariantsWriter.write(spec, Javadoc.parse(elements.getDocComment(method))));
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
    Javadoc original = Javadoc.parse(elements.getDocComment(api));
    if (original != null) {
      doc.add("\n<p>$L", original.text());
    }
    return doc.build();
  }

  private CodeBlock methodDoc(ExecutableElement method, ClassName core, Mapped result) {
    Mapped.ReturnDoc returnDoc = result == null ? null : result.returnDoc();
    Javadoc original = Javadoc.parse(elements.getDocComment(method));
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
