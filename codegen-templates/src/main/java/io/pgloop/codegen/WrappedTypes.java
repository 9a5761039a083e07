package io.pgloop.codegen;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Knows which interfaces are wrapped (those marked {@link GenWrapper}, whether they come from
 * sources or class files) and the name of each one's wrapper.
 */
final class WrappedTypes {

  private final Elements elements;
  private final PackageMapper packages;
  private final Set<TypeElement> referenced = new LinkedHashSet<>();

  WrappedTypes(Elements elements, PackageMapper packages) {
    this.elements = elements;
    this.packages = packages;
  }

  /** Whether {@code element} carries the annotation named {@code annotation}. */
  static boolean hasAnnotation(Element element, String annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotation)) {
        return true;
      }
    }
    return false;
  }

  boolean isWrapped(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && hasAnnotation(((DeclaredType) type).asElement(), Names.GEN_WRAPPER);
  }

  /** The wrapper class of a wrapped interface, without type arguments. */
  ClassName wrapperClass(TypeElement wrapped) {
    referenced.add(wrapped);
    String pkg = elements.getPackageOf(wrapped).getQualifiedName().toString();
    return ClassName.get(packages.map(pkg), wrapped.getSimpleName().toString());
  }

  /**
   * Every wrapped interface whose wrapper has been named so far: a wrapper that mentions another
   * wrapper needs it generated too, even when its package was not asked for.
   */
  Set<TypeElement> referenced() {
    return referenced;
  }

  /** The wrapper type of a wrapped type; its type arguments are kept as they are. */
  TypeName wrapperType(DeclaredType wrapped) {
    ClassName raw = wrapperClass((TypeElement) wrapped.asElement());
    List<? extends TypeMirror> args = wrapped.getTypeArguments();
    if (args.isEmpty()) {
      return raw;
    }
    return ParameterizedTypeName.get(
        raw, args.stream().map(TypeName::get).toArray(TypeName[]::new));
  }
}
