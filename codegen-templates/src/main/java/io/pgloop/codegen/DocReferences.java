package io.pgloop.codegen;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Rewrites the references of a core comment ({@code {@link X}}, {@code {@linkplain X#m(A)}}, {@code
 * @throws X}, {@code @see X}) so that they resolve in the wrapper's package, where the core's
 * imports and package are not in scope: each type name becomes its canonical name, as the core's
 * file resolved it.
 *
 * <p>A reference to a member of the interface itself ({@code #m}) stays local when the wrapper has
 * a method of that name and the reference names no parameters; otherwise it points at the core's
 * member, whose parameter types the wrapper may have converted. A name that cannot be resolved is
 * left as it is.
 */
final class DocReferences {

  /** The reference part of each inline or block tag that takes one. */
  private static final Pattern REFERENCE =
      Pattern.compile(
          "(\\{@(?:link|linkplain|value)\\s+|@(?:throws|exception|see)\\s+)"
              + "([^\\s}(]+(?:\\([^)]*\\))?)");

  private static final Pattern MEMBER = Pattern.compile("([^#(]*)(?:#([^(]*)(?:\\((.*)\\))?)?");

  private final Elements elements;
  private final TypeElement api;
  private final Set<String> wrapperMethods;
  private final List<String> singleImports = new ArrayList<>();
  private final List<String> onDemandImports = new ArrayList<>();

  /**
   * @param wrapperMethods the names of the wrapper's methods, to which local references may stay
   */
  DocReferences(ProcessingEnvironment env, TypeElement api, Set<String> wrapperMethods) {
    this.elements = env.getElementUtils();
    this.api = api;
    this.wrapperMethods = wrapperMethods;
    readImports(env, api);
  }

  /**
   * The imports of the file that declares {@code api}, when it was compiled from source (comments
   * exist only then); none otherwise, or under a compiler that has no tree API.
   */
  private void readImports(ProcessingEnvironment env, TypeElement api) {
    try {
      TreePath path = Trees.instance(env).getPath(api);
      if (path == null) {
        return;
      }
      CompilationUnitTree unit = path.getCompilationUnit();
      for (ImportTree tree : unit.getImports()) {
        if (tree.isStatic()) {
          continue;
        }
        String name = tree.getQualifiedIdentifier().toString();
        if (name.endsWith(".*")) {
          onDemandImports.add(name.substring(0, name.length() - 2));
        } else {
          singleImports.add(name);
        }
      }
    } catch (IllegalArgumentException | LinkageError e) {
      // Not javac, or a wrapped processing environment: resolve by package and java.lang only.
    }
  }

  /** {@code text} with every reference made to resolve from the wrapper's package. */
  String rewrite(String text) {
    Matcher matcher = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(
          out, Matcher.quoteReplacement(matcher.group(1) + reference(matcher.group(2))));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private String reference(String reference) {
    Matcher parts = MEMBER.matcher(reference);
    if (!parts.matches()) {
      return reference;
    }
    String type = parts.group(1);
    String member = parts.group(2);
    String parameters = parts.group(3);
    StringBuilder out = new StringBuilder();
    if (!type.isEmpty()) {
      out.append(resolve(type));
    } else if (member != null && (parameters != null || !wrapperMethods.contains(member))) {
      out.append(api.getQualifiedName());
    }
    if (member != null) {
      out.append('#').append(member);
      if (parameters != null) {
        List<String> resolved = new ArrayList<>();
        for (String parameter : parameters.split(",")) {
          resolved.add(parameter(parameter.strip()));
        }
        out.append('(').append(String.join(", ", resolved)).append(')');
      }
    }
    return out.toString();
  }

  /** A parameter of a member reference: a type, maybe with array brackets or an ellipsis. */
  private String parameter(String parameter) {
    int end = parameter.length();
    while (end > 0 && "[]. ".indexOf(parameter.charAt(end - 1)) >= 0) {
      end--;
    }
    return resolve(parameter.substring(0, end)) + parameter.substring(end);
  }

  /** The canonical name of a type named as the core's file names it, else the name unchanged. */
  String resolve(String name) {
    if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
      return name;
    }
    int dot = name.indexOf('.');
    String first = dot < 0 ? name : name.substring(0, dot);
    String rest = dot < 0 ? "" : name.substring(dot);
    TypeElement found = simple(first);
    // java.lang is in scope everywhere: its names read better short.
    if (found != null
        && !elements.getPackageOf(found).getQualifiedName().contentEquals("java.lang")) {
      return found.getQualifiedName() + rest;
    }
    return name;
  }

  /** The type a simple name denotes in the core's file, following the language's scoping order. */
  private TypeElement simple(String name) {
    for (Element member : api.getEnclosedElements()) {
      if (member.getKind().isInterface() || member.getKind().isClass()) {
        if (member.getSimpleName().contentEquals(name)) {
          return (TypeElement) member;
        }
      }
    }
    if (api.getSimpleName().contentEquals(name)) {
      return api;
    }
    for (String imported : singleImports) {
      if (imported.equals(name) || imported.endsWith("." + name)) {
        TypeElement type = elements.getTypeElement(imported);
        if (type != null) {
          return type;
        }
      }
    }
    String pkg = elements.getPackageOf(api).getQualifiedName().toString();
    List<String> candidates = new ArrayList<>();
    candidates.add(pkg.isEmpty() ? name : pkg + "." + name);
    onDemandImports.forEach(p -> candidates.add(p + "." + name));
    candidates.add("java.lang." + name);
    for (String candidate : candidates) {
      TypeElement type = elements.getTypeElement(candidate);
      if (type != null && type.getKind() != ElementKind.OTHER) {
        return type;
      }
    }
    return null;
  }
}
