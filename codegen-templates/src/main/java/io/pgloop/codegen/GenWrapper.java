package io.pgloop.codegen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public interface of the core whose Mutiny and RxJava 3 wrappers are generated.
 *
 * <p>Retention is {@code CLASS} so that the mark survives in the core's jar: the bindings modules
 * compile no annotated source, they find the marked interfaces among the class files of their
 * dependency (see {@link GenModule}).
 *
 * <p>A marked interface is wrapped by a class of the same simple name in the target package. Its
 * methods, and those of marked super-interfaces, are wrapped; methods of unmarked super-interfaces
 * (for example {@code ReadStream}) stay reachable through {@code getDelegate()}. Type arguments are
 * never converted: an interface that only carries data (a row, a tuple) should stay unmarked, so
 * that it passes through the wrappers as itself.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface GenWrapper {}
