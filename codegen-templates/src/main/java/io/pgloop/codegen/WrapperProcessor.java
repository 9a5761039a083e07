package io.pgloop.codegen;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.JavaFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Writes Mutiny or RxJava 3 wrappers of the interfaces marked {@link GenWrapper}.
 *
 * <p>Off unless {@code -Apgloop.codegen.flavor=mutiny} or {@code =rxjava3} is given, so that the
 * core compiles with this jar on its path and nothing happens. The interfaces wrapped are those
 * marked in the sources being compiled, and those of the packages named by a {@link GenModule} on a
 * {@code package-info.java} of the compilation, which may come from class files (the core's jar, in
 * a bindings module).
 *
 * <p>The wrapper of {@code a.b.X} is {@code a.b.mutiny.X} by default; {@code
 * -Apgloop.codegen.package.from=a.b} with {@code -Apgloop.codegen.package.to=a.b.m} replaces the
 * prefix instead. Each target package also gets the package-private helpers {@code Adapters} and
 * {@code ReadStreamPublisher}.
 *
 * <p>With {@code -Apgloop.codegen.vertx.wrapper=io.vertx.rxjava3.core.Vertx} (any class with a
 * {@code getDelegate()} that returns the core {@code Vertx}), each static method that takes an
 * {@code io.vertx.core.Vertx} also gets an overload that takes that class.
 */
public final class WrapperProcessor extends AbstractProcessor {

  /** {@code mutiny} or {@code rxjava3}; without it the processor does nothing. */
  public static final String OPTION_FLAVOR = "pgloop.codegen.flavor";

  /** The package prefix of the core, replaced by {@link #OPTION_PACKAGE_TO}. */
  public static final String OPTION_PACKAGE_FROM = "pgloop.codegen.package.from";

  /** The package prefix of the wrappers. */
  public static final String OPTION_PACKAGE_TO = "pgloop.codegen.package.to";

  /**
   * The flavor's wrapper of {@code io.vertx.core.Vertx} ({@code io.vertx.rxjava3.core.Vertx}):
   * every static method that takes a core {@code Vertx} gets an overload that takes this class and
   * passes on its {@code getDelegate()}. Without it, no overload is written.
   */
  public static final String OPTION_VERTX_WRAPPER = "pgloop.codegen.vertx.wrapper";

  private final Set<String> written = new HashSet<>();
  private final Set<String> helperPackages = new HashSet<>();
  private Flavor flavor;
  private WrappedTypes wrapped;
  private ClassName vertxWrapper;
  private boolean failed;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Names.GEN_WRAPPER, Names.GEN_MODULE);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(OPTION_FLAVOR, OPTION_PACKAGE_FROM, OPTION_PACKAGE_TO, OPTION_VERTX_WRAPPER);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (!configure()) {
      return false;
    }
    Map<String, TypeElement> apis = new LinkedHashMap<>();
    TypeElement genWrapper = processingEnv.getElementUtils().getTypeElement(Names.GEN_WRAPPER);
    if (genWrapper != null) {
      for (Element element : round.getElementsAnnotatedWith(genWrapper)) {
        add(element, apis);
      }
    }
    TypeElement genModule = processingEnv.getElementUtils().getTypeElement(Names.GEN_MODULE);
    if (genModule != null) {
      for (Element module : round.getElementsAnnotatedWith(genModule)) {
        for (String pkg : sourcePackages(module)) {
          discover(pkg, module, apis);
        }
      }
    }
    apis.values().forEach(this::generate);
    // Wrappers mention the wrappers of the interfaces their methods use: write those as well.
    List<TypeElement> pending;
    do {
      pending =
          wrapped.referenced().stream()
              .filter(t -> !written.contains(t.getQualifiedName().toString()))
              .toList();
      pending.forEach(this::generate);
    } while (!pending.isEmpty());
    // Mentioned only: a compilation may also hold sources other processors handle.
    return false;
  }

  /** Reads the options once; {@code false} when the processor is off or misconfigured. */
  private boolean configure() {
    if (flavor != null) {
      return !failed;
    }
    Map<String, String> options = processingEnv.getOptions();
    String flavorOption = options.get(OPTION_FLAVOR);
    if (flavorOption == null || failed) {
      return false;
    }
    try {
      flavor = Flavor.parse(flavorOption);
      String from = options.get(OPTION_PACKAGE_FROM);
      String to = options.get(OPTION_PACKAGE_TO);
      if ((from == null) != (to == null)) {
        throw new IllegalArgumentException(
            "give both " + OPTION_PACKAGE_FROM + " and " + OPTION_PACKAGE_TO + ", or neither");
      }
      PackageMapper packages =
          from == null ? PackageMapper.appending(flavor.id) : PackageMapper.replacing(from, to);
      wrapped = new WrappedTypes(processingEnv.getElementUtils(), packages);
      String vertx = options.get(OPTION_VERTX_WRAPPER);
      if (vertx != null) {
        vertxWrapper = className(vertx.trim());
      }
      return true;
    } catch (IllegalArgumentException e) {
      failed = true;
      error(null, e.getMessage());
      return false;
    }
  }

  /** {@code a.b.C} as a class name, or an error that names the option. */
  private static ClassName className(String name) {
    try {
      return ClassName.bestGuess(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          OPTION_VERTX_WRAPPER + "=" + name + " is not a qualified class name");
    }
  }

  /** The {@code sourcePackage} values of the {@link GenModule} on {@code module}. */
  private static List<String> sourcePackages(Element module) {
    List<String> packages = new ArrayList<>();
    for (AnnotationMirror mirror : module.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (!type.getQualifiedName().contentEquals(Names.GEN_MODULE)) {
        continue;
      }
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
          mirror.getElementValues().entrySet()) {
        Object value = entry.getValue().getValue();
        if (value instanceof List<?> list) {
          list.forEach(v -> packages.add(String.valueOf(((AnnotationValue) v).getValue())));
        } else {
          packages.add(String.valueOf(value));
        }
      }
    }
    return packages;
  }

  /**
   * Finds the marked interfaces of {@code pkg}. For a package on the classpath, javac lists the
   * types of its class files, and the CLASS retention of {@link GenWrapper} keeps the mark there.
   */
  private void discover(String pkg, Element module, Map<String, TypeElement> apis) {
    PackageElement element = processingEnv.getElementUtils().getPackageElement(pkg);
    if (element == null) {
      error(
          module, "@GenModule: package " + pkg + " is neither in the sources nor on the classpath");
      return;
    }
    int before = apis.size();
    for (Element member : element.getEnclosedElements()) {
      if (WrappedTypes.hasAnnotation(member, Names.GEN_WRAPPER)) {
        add(member, apis);
      }
    }
    if (apis.size() == before) {
      processingEnv
          .getMessager()
          .printMessage(
              Diagnostic.Kind.WARNING,
              "@GenModule: package " + pkg + " has no @GenWrapper interface",
              module);
    }
  }

  private void add(Element element, Map<String, TypeElement> apis) {
    if (element.getKind() != ElementKind.INTERFACE
        || ((TypeElement) element).getNestingKind() != NestingKind.TOP_LEVEL) {
      error(element, "@GenWrapper: only top-level interfaces can be wrapped");
      return;
    }
    TypeElement type = (TypeElement) element;
    String name = type.getQualifiedName().toString();
    if (!written.contains(name)) {
      apis.putIfAbsent(name, type);
    }
  }

  private void generate(TypeElement api) {
    written.add(api.getQualifiedName().toString());
    try {
      WrapperWriter writer = new WrapperWriter(processingEnv, flavor, wrapped, vertxWrapper);
      JavaFile file = writer.write(api);
      file.writeTo(processingEnv.getFiler());
      String pkg = file.packageName;
      if (helperPackages.add(pkg)) {
        AdaptersWriter.write(flavor, pkg).writeTo(processingEnv.getFiler());
        StreamAdapterWriter.write(flavor, pkg).writeTo(processingEnv.getFiler());
      }
    } catch (IllegalArgumentException e) {
      error(api, "cannot wrap " + api.getQualifiedName() + ": " + e.getMessage());
    } catch (IOException e) {
      error(api, "cannot write the wrapper of " + api.getQualifiedName() + ": " + e);
    }
  }

  private void error(Element element, String message) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
  }
}
