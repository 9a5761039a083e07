package io.pgloop.codegen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says that the {@code Future} a method returns may complete with {@code null}.
 *
 * <p>RxJava has no null items: its wrapper of such a method returns a {@code Maybe} that completes
 * empty on {@code null}, where an unmarked method returns a {@code Single}, which fails with a
 * {@code NullPointerException} on {@code null}. Mutiny's {@code Uni} carries {@code null} as an
 * item, so the Mutiny wrapper is the same with or without this mark.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface GenNullable {}
