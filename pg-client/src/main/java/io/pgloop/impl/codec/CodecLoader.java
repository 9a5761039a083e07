package io.pgloop.impl.codec;

import io.pgloop.spi.PgCodec;
import io.pgloop.spi.PgCodecProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Finds the codecs of every {@link PgCodecProvider} on the class path through {@link
 * ServiceLoader}, the built-ins ({@link BuiltInCodecs}) among them, with no special case.
 */
final class CodecLoader {

  private CodecLoader() {}

  /**
   * The codecs by OID. Providers are looked up in pgloop's own class loader, then in the thread's
   * context class loader (where an application's providers live when pgloop sits in a parent
   * loader); a provider class seen in both counts once. For one OID, the first codec found stays,
   * so an extension cannot silently replace a built-in: that is what run-time registration ({@link
   * CodecRegistry#with}) is for.
   */
  static Map<Integer, PgCodec<?>> load() {
    Map<Integer, PgCodec<?>> byOid = new LinkedHashMap<>();
    for (PgCodecProvider provider : providers()) {
      for (PgCodec<?> codec : provider.codecs()) {
        byOid.putIfAbsent(codec.typeOid(), codec);
      }
    }
    return byOid;
  }

  /**
   * Every provider, in the order {@link #load} asks them, each class once; found on first use and
   * kept, so that registering a type by name does not scan the class path again.
   */
  static List<PgCodecProvider> providers() {
    return Providers.ALL;
  }

  private static final class Providers {
    static final List<PgCodecProvider> ALL = find();
  }

  private static List<PgCodecProvider> find() {
    Set<ClassLoader> loaders = new LinkedHashSet<>();
    loaders.add(CodecLoader.class.getClassLoader());
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    if (context != null) {
      loaders.add(context);
    }
    Set<Class<?>> seen = new LinkedHashSet<>();
    List<PgCodecProvider> providers = new ArrayList<>();
    for (ClassLoader loader : loaders) {
      for (PgCodecProvider provider : ServiceLoader.load(PgCodecProvider.class, loader)) {
        if (seen.add(provider.getClass())) {
          providers.add(provider);
        }
      }
    }
    return List.copyOf(providers);
  }
}
