package io.pgloop.codegen;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Lists the methods a wrapper wraps, in a stable order: those declared by the interface (statics
 * included), then those inherited from {@link GenWrapper} super-interfaces and not overridden.
 * Methods of unmarked super-interfaces ({@code ReadStream}, ...) and {@link GenIgnore} methods are
 * left out; so are private methods, which are not API, and redeclared {@code equals}, {@code
 * hashCode} and {@code toString}, which every wrapper has.
 */
final class MethodCollector {

  private final Elements elements;

  MethodCollector(Elements elements) {
    this.elements = elements;
  }

  List<ExecutableElement> collect(TypeElement api) {
    List<ExecutableElement> found = new ArrayList<>();
    collect(api, api, found, new ArrayList<>());
    return found;
  }

  /**
   * Adds the methods of {@code current} to {@code found}; {@code ignored} keeps the ignored ones so
   * that an ignored override also hides the method it overrides.
   */
  private void collect(
      TypeElement api,
      TypeElement current,
      List<ExecutableElement> found,
      List<ExecutableElement> ignored) {
    boolean inherited = current != api;
    for (Element member : current.getEnclosedElements()) {
      if (member.getKind() != ElementKind.METHOD) {
        continue;
      }
      ExecutableElement method = (ExecutableElement) member;
      if (WrappedTypes.hasAnnotation(method, Names.GEN_IGNORE)) {
        ignored.add(method);
        continue;
      }
      if (method.getModifiers().contains(Modifier.PRIVATE)
          // Redeclared for their javadoc; the wrapper writes its own, delegating.
          || isObjectMethod(method)
          // Static methods of interfaces are not inherited.
          || (inherited && method.getModifiers().contains(Modifier.STATIC))
          || (inherited
              && (isOverridden(method, found, api) || isOverridden(method, ignored, api)))) {
        continue;
      }
      found.add(method);
    }
    for (TypeMirror parent : current.getInterfaces()) {
      TypeElement element = (TypeElement) ((DeclaredType) parent).asElement();
      if (WrappedTypes.hasAnnotation(element, Names.GEN_WRAPPER)) {
        collect(api, element, found, ignored);
      }
    }
  }

  private static boolean isObjectMethod(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    int arity = method.getParameters().size();
    return (arity == 0 && (name.equals("hashCode") || name.equals("toString")))
        || (arity == 1
            && name.equals("equals")
            && method.getParameters().get(0).asType().toString().equals("java.lang.Object"));
  }

  private boolean isOverridden(
      ExecutableElement method, List<ExecutableElement> found, TypeElement api) {
    for (ExecutableElement other : found) {
      if (other.getSimpleName().equals(method.getSimpleName())
          && elements.overrides(other, method, api)) {
        return true;
      }
    }
    return false;
  }
}
