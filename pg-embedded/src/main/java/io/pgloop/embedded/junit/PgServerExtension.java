package io.pgloop.embedded.junit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Injects the {@linkplain TestServer#shared() shared} {@link TestServer} into test constructors,
 * test methods and lifecycle methods that declare a parameter of that type:
 *
 * <pre>{@code
 * @ExtendWith(PgServerExtension.class)
 * class QueryTest {
 *   @Test
 *   void selectsOne(TestServer server) { ... }
 * }
 * }</pre>
 *
 * <p>The server starts at the first injection and is stopped when the JVM exits.
 */
public final class PgServerExtension implements ParameterResolver {

  /** Created by JUnit. */
  public PgServerExtension() {}

  /** Whether the parameter is a {@link TestServer}. */
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
    return parameter.getParameter().getType() == TestServer.class;
  }

  /** The shared server, started if needed. */
  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
    return TestServer.shared();
  }
}
