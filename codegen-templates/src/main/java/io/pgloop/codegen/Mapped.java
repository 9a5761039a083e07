package io.pgloop.codegen;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.TypeName;
import java.util.function.UnaryOperator;

/**
 * How one type of the core appears in a wrapper, and how a value crosses the boundary.
 *
 * @param type the type the wrapper's user sees
 * @param conversion turns an expression of one side into an expression of the other side; which
 *     direction depends on the {@link TypeMapper} method that made this
 * @param returnDoc for a future or stream turned into the flavor's type, how the wrapper's {@code
 *     @return} names it; {@code null} otherwise
 */
record Mapped(TypeName type, UnaryOperator<CodeBlock> conversion, ReturnDoc returnDoc) {

  /**
   * How the {@code @return} of a converted method reads.
   *
   * @param noun what the wrapper returns, {@code "a {@link Multi}, with back-pressure,"}
   * @param replaced the word core comments use for what the core returns ({@code "future"}),
   *     dropped from {@code "a future of x"} so that the wrapper says {@code "a Uni of x"}
   */
  record ReturnDoc(String noun, String replaced) {

    /** The core's {@code @return} text said of the wrapper's result. */
    String rewrite(String core) {
      // "a future of x" and "a future completed when y" keep their words after "future".
      String article = "a " + replaced + " ";
      if (core.startsWith(article)) {
        return noun + core.substring(article.length() - 1);
      }
      return noun + " of " + core;
    }
  }

  /** A type that crosses the boundary unchanged. */
  static Mapped identity(TypeName type) {
    return new Mapped(type, null, null);
  }

  /** A type whose values are converted on the way. */
  static Mapped converted(TypeName type, UnaryOperator<CodeBlock> conversion) {
    return new Mapped(type, conversion, null);
  }

  boolean isIdentity() {
    return conversion == null;
  }

  /** The expression converted, or itself when nothing changes. */
  CodeBlock apply(CodeBlock expression) {
    return conversion == null ? expression : conversion.apply(expression);
  }
}
