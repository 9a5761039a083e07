package io.pgloop.codegen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Leaves a method of a {@link GenWrapper} interface out of the generated wrappers: an internal
 * hook, or a method whose shape the wrappers cannot express. It stays reachable through the
 * wrapper's {@code getDelegate()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface GenIgnore {}
