package io.pgloop.codegen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Put on the {@code package-info.java} of a bindings module, asks the processor to wrap every
 * {@link GenWrapper} interface of the named packages, including interfaces that come from class
 * files on the classpath (the core's jar) rather than from sources of this compilation.
 *
 * <p>Only the top-level types of each named package are looked at, not its sub-packages: name each
 * package that holds marked interfaces.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.PACKAGE)
public @interface GenModule {

  /**
   * The packages whose {@link GenWrapper} interfaces are wrapped, for example {@code io.pgloop}.
   */
  String[] sourcePackage();
}
