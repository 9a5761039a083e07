package io.pgloop.codegen;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.NameAllocator;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.WildcardTypeName;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Decides how each type of the core's API appears in a wrapper, and writes the expressions that
 * convert values across. The rules shared by both flavors live here; a subclass says what a {@code
 * Future} and a {@code ReadStream} become.
 *
 * <p>Two directions: {@link #toWrapper} for values the core hands out (results, arguments given to
 * the user's callbacks), {@link #toCore} for values the user hands in (arguments, results of the
 * user's functions). Anything not listed below passes through unchanged, including type arguments
 * of wrapped generic types and of maps, and every type in the other direction than listed.
 *
 * <ul>
 *   <li>a {@link GenWrapper} interface: its wrapper, both ways;
 *   <li>{@code Future<T>}: the flavor's single-value type, both ways;
 *   <li>{@code ReadStream<T>}: the flavor's back-pressured stream, as a result only;
 *   <li>{@code Function<A, R>}: the same interface over converted types, as an argument only;
 *   <li>{@code Handler<A>}: the flavor's callback over the converted type, as an argument only
 *       ({@link #callbackArgument});
 *   <li>{@code List}, {@code Set}, {@code Collection}, {@code Iterable} of a converted type: a copy
 *       with every element converted, both ways.
 * </ul>
 */
abstract class TypeMapper {

  private static final Pattern NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  final WrappedTypes wrapped;

  /** The {@code Adapters} class generated into the package being written. */
  final ClassName adapters;

  TypeMapper(WrappedTypes wrapped, ClassName adapters) {
    this.wrapped = wrapped;
    this.adapters = adapters;
  }

  /** The flavor's type for {@code Future<T>} returned by a method. */
  abstract Mapped futureResult(Mapped item, boolean nullable, NameAllocator names);

  /** The flavor's type for a {@code Future<T>} the user gives (a result of the user's function). */
  abstract Mapped futureArgument(Mapped item, NameAllocator names);

  /** The flavor's back-pressured stream for a {@code ReadStream<T>} the core hands out. */
  abstract Mapped streamResult(Mapped item, NameAllocator names);

  /**
   * The result of a wrapped method.
   *
   * @param nullable whether the method is marked {@link GenNullable}
   */
  Mapped methodResult(TypeMirror type, boolean nullable, NameAllocator names) {
    if (is(type, Names.FUTURE)) {
      return futureResult(toWrapper(typeArgument(type), names), nullable, names);
    }
    return toWrapper(type, names);
  }

  /** A value the core hands out, as the wrapper's user sees it. */
  Mapped toWrapper(TypeMirror type, NameAllocator names) {
    if (type.getKind() == TypeKind.WILDCARD) {
      return wildcard((WildcardType) type, names, this::toWrapper);
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return Mapped.identity(TypeName.get(type));
    }
    if (is(type, Names.FUTURE)) {
      return futureResult(toWrapper(typeArgument(type), names), false, names);
    }
    if (is(type, Names.READ_STREAM)) {
      return streamResult(toWrapper(typeArgument(type), names), names);
    }
    if (wrapped.isWrapped(type)) {
      DeclaredType declared = (DeclaredType) type;
      ClassName raw = wrapped.wrapperClass((TypeElement) declared.asElement());
      return Mapped.converted(
          wrapped.wrapperType(declared), e -> CodeBlock.of("$T.newInstance($L)", raw, e));
    }
    return collection(type, names, this::toWrapper);
  }

  /** A value the wrapper's user hands in, as the core takes it. */
  Mapped toCore(TypeMirror type, NameAllocator names) {
    if (type.getKind() == TypeKind.WILDCARD) {
      return wildcard((WildcardType) type, names, this::toCore);
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return Mapped.identity(TypeName.get(type));
    }
    if (is(type, Names.FUTURE)) {
      return futureArgument(toCore(typeArgument(type), names), names);
    }
    if (wrapped.isWrapped(type)) {
      return Mapped.converted(wrapped.wrapperType((DeclaredType) type), e -> delegateOf(e, names));
    }
    if (is(type, ClassName.get(Function.class))) {
      return function(type, names);
    }
    if (is(type, Names.HANDLER)) {
      return handler(type, names);
    }
    return collection(type, names, this::toCore);
  }

  /**
   * {@code Function<A, R>}: the user's function sees wrapped arguments, returns wrapped results.
   */
  private Mapped function(TypeMirror type, NameAllocator names) {
    List<? extends TypeMirror> args = ((DeclaredType) type).getTypeArguments();
    if (args.size() != 2) {
      return Mapped.identity(TypeName.get(type));
    }
    Mapped in = toWrapper(args.get(0), names);
    Mapped out = toCore(args.get(1), names);
    if (in.isIdentity() && out.isIdentity()) {
      return Mapped.identity(TypeName.get(type));
    }
    TypeName wrapperType =
        ParameterizedTypeName.get(ClassName.get(Function.class), in.type(), out.type());
    return Mapped.converted(
        wrapperType,
        fn -> {
          String arg = names.newName("arg");
          CodeBlock call = CodeBlock.of("$L.apply($L)", fn, in.apply(CodeBlock.of("$N", arg)));
          return nullSafe(fn, CodeBlock.of("$N -> $L", arg, out.apply(call)));
        });
  }

  /** {@code Handler<A>}: the flavor's callback, which sees wrapped values. */
  private Mapped handler(TypeMirror type, NameAllocator names) {
    TypeMirror argument = typeArgument(type);
    return callbackArgument(argument, toWrapper(argument, names), names);
  }

  /**
   * The callback the user gives where the core takes a {@code Handler<A>}: by default a {@code
   * Handler} of the wrapped type; a flavor may use its own idiom.
   *
   * @param argument {@code A}
   * @param in how a value of {@code A} becomes what the user's callback sees
   */
  Mapped callbackArgument(TypeMirror argument, Mapped in, NameAllocator names) {
    if (in.isIdentity()) {
      return Mapped.identity(ParameterizedTypeName.get(Names.HANDLER, TypeName.get(argument)));
    }
    return Mapped.converted(
        ParameterizedTypeName.get(Names.HANDLER, in.type()),
        handler -> {
          String arg = names.newName("arg");
          return nullSafe(
              handler,
              CodeBlock.of("$N -> $L.handle($L)", arg, handler, in.apply(CodeBlock.of("$N", arg))));
        });
  }

  /** Collections are copied with each element converted; other types pass through. */
  private Mapped collection(
      TypeMirror type, NameAllocator names, BiFunction<TypeMirror, NameAllocator, Mapped> element) {
    String helper;
    if (is(type, ClassName.get(List.class))
        || is(type, ClassName.get(java.util.Collection.class))
        || is(type, ClassName.get(Iterable.class))) {
      helper = "mapList";
    } else if (is(type, ClassName.get(java.util.Set.class))) {
      helper = "mapSet";
    } else {
      return Mapped.identity(TypeName.get(type));
    }
    Mapped item = element.apply(typeArgument(type), names);
    if (item.isIdentity()) {
      return Mapped.identity(TypeName.get(type));
    }
    ClassName raw = ClassName.get((TypeElement) ((DeclaredType) type).asElement());
    return Mapped.converted(
        ParameterizedTypeName.get(raw, item.type()),
        e -> CodeBlock.of("$T.$N($L, $L)", adapters, helper, e, lambda(item, "element", names)));
  }

  private Mapped wildcard(
      WildcardType type, NameAllocator names, BiFunction<TypeMirror, NameAllocator, Mapped> bound) {
    if (type.getExtendsBound() != null) {
      Mapped m = bound.apply(type.getExtendsBound(), names);
      return new Mapped(WildcardTypeName.subtypeOf(m.type()), m.conversion(), null);
    }
    if (type.getSuperBound() != null) {
      Mapped m = bound.apply(type.getSuperBound(), names);
      return new Mapped(WildcardTypeName.supertypeOf(m.type()), m.conversion(), null);
    }
    return Mapped.identity(TypeName.get(type));
  }

  /** The core object behind a wrapper, {@code null} staying {@code null}. */
  private static CodeBlock delegateOf(CodeBlock wrapper, NameAllocator names) {
    if (isName(wrapper)) {
      return CodeBlock.of("$L == null ? null : $L.getDelegate()", wrapper, wrapper);
    }
    // An expression such as fn.apply(x) must be evaluated once: no local variable fits in an
    // expression, so Optional holds it.
    String name = names.newName("wrapper");
    return CodeBlock.of(
        "$T.ofNullable($L).map($N -> $N.getDelegate()).orElse(null)",
        java.util.Optional.class,
        wrapper,
        name,
        name);
  }

  /** {@code v -> conversion(v)}, for the helpers that take a function. */
  static CodeBlock lambda(Mapped item, String suggestedName, NameAllocator names) {
    String name = names.newName(suggestedName);
    return CodeBlock.of("$N -> $L", name, item.apply(CodeBlock.of("$N", name)));
  }

  /** Keeps a {@code null} callback {@code null} (setting a handler to null removes it). */
  static CodeBlock nullSafe(CodeBlock callback, CodeBlock adapted) {
    if (isName(callback)) {
      return CodeBlock.of("$L == null ? null : $L", callback, adapted);
    }
    return adapted;
  }

  static boolean isName(CodeBlock expression) {
    return NAME.matcher(expression.toString()).matches();
  }

  static boolean is(TypeMirror type, ClassName name) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    return element.getQualifiedName().contentEquals(name.canonicalName());
  }

  /** The only type argument of {@code type}, or {@code Object} for a raw type. */
  static TypeMirror typeArgument(TypeMirror type) {
    List<? extends TypeMirror> args = ((DeclaredType) type).getTypeArguments();
    if (args.isEmpty()) {
      throw new IllegalArgumentException("raw type " + type + " cannot be wrapped: give its type");
    }
    return args.get(0);
  }
}
