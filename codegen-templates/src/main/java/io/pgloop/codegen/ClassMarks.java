package io.pgloop.codegen;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The annotations of {@code CLASS} retention ({@link GenWrapper}, {@link GenIgnore}, {@link
 * GenNullable}) read from a class file: reflection cannot see them, and the bindings' tests need
 * them to check that every marked method of the core has its wrapper.
 *
 * <p>Reads only what it needs of the class file format (JVMS chapter 4): the constant pool, then
 * the {@code RuntimeInvisibleAnnotations} of the class and of each method.
 *
 * @param type the descriptors of the class's annotations ({@code Lio/pgloop/codegen/GenWrapper;})
 * @param methods per method, keyed {@code name + descriptor} ({@code
 *     execute(Lio/pgloop/Tuple;)...}), the descriptors of its annotations; methods without any are
 *     absent
 */
public record ClassMarks(Set<String> type, Map<String, Set<String>> methods) {

  /** The descriptor of {@link GenWrapper} as a class file names it. */
  public static final String GEN_WRAPPER = descriptor(Names.GEN_WRAPPER);

  /** The descriptor of {@link GenIgnore}. */
  public static final String GEN_IGNORE = descriptor(Names.GEN_IGNORE);

  /** The descriptor of {@link GenNullable}. */
  public static final String GEN_NULLABLE = descriptor(Names.GEN_NULLABLE);

  private static final int UTF8 = 1;

  private static String descriptor(String className) {
    return "L" + className.replace('.', '/') + ";";
  }

  /** Whether the method {@code nameAndDescriptor} carries {@code annotation}. */
  public boolean method(String nameAndDescriptor, String annotation) {
    return methods.getOrDefault(nameAndDescriptor, Set.of()).contains(annotation);
  }

  /**
   * Reads the marks of one class file.
   *
   * @throws IllegalArgumentException when {@code classFile} is not a class file
   */
  public static ClassMarks read(byte[] classFile) {
    try {
      return read(new DataInputStream(new ByteArrayInputStream(classFile)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ClassMarks read(DataInputStream in) throws IOException {
    if (in.readInt() != 0xCAFEBABE) {
      throw new IllegalArgumentException("not a class file: its magic number is not CAFEBABE");
    }
    in.readUnsignedShort(); // minor
    in.readUnsignedShort(); // major
    String[] utf8 = constantPool(in);
    in.readUnsignedShort(); // access flags
    in.readUnsignedShort(); // this class
    in.readUnsignedShort(); // super class
    in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
    members(in, utf8); // fields
    Map<String, Set<String>> methods = new HashMap<>();
    for (Map.Entry<String, Set<String>> method : members(in, utf8).entrySet()) {
      if (!method.getValue().isEmpty()) {
        methods.put(method.getKey(), method.getValue());
      }
    }
    return new ClassMarks(attributes(in, utf8), methods);
  }

  /** The pool's UTF-8 entries by index; the other entries are skipped. */
  private static String[] constantPool(DataInputStream in) throws IOException {
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case UTF8 -> utf8[i] = in.readUTF();
        case 7, 8, 16, 19, 20 -> in.skipNBytes(2); // Class, String, MethodType, Module, Package
        case 15 -> in.skipNBytes(3); // MethodHandle
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
        case 5, 6 -> { // Long and Double take two entries
          in.skipNBytes(8);
          i++;
        }
        default -> throw new IllegalArgumentException("constant pool tag " + tag + " unknown");
      }
    }
    return utf8;
  }

  /** Fields or methods: {@code name + descriptor} to the annotations of each. */
  private static Map<String, Set<String>> members(DataInputStream in, String[] utf8)
      throws IOException {
    int count = in.readUnsignedShort();
    Map<String, Set<String>> members = new HashMap<>();
    for (int i = 0; i < count; i++) {
      in.readUnsignedShort(); // access flags
      String name = utf8[in.readUnsignedShort()];
      String descriptor = utf8[in.readUnsignedShort()];
      members.put(name + descriptor, attributes(in, utf8));
    }
    return members;
  }

  /** Reads a list of attributes; gives the annotation types of its invisible annotations. */
  private static Set<String> attributes(DataInputStream in, String[] utf8) throws IOException {
    Set<String> annotations = new HashSet<>();
    int count = in.readUnsignedShort();
    for (int i = 0; i < count; i++) {
      String name = utf8[in.readUnsignedShort()];
      int length = in.readInt();
      if (name.equals("RuntimeInvisibleAnnotations") || name.equals("RuntimeVisibleAnnotations")) {
        int annotationCount = in.readUnsignedShort();
        for (int a = 0; a < annotationCount; a++) {
          annotations.add(annotation(in, utf8));
        }
      } else {
        in.skipNBytes(length);
      }
    }
    return annotations;
  }

  /** One annotation: gives its type, skips its values. */
  private static String annotation(DataInputStream in, String[] utf8) throws IOException {
    String type = utf8[in.readUnsignedShort()];
    int pairs = in.readUnsignedShort();
    for (int i = 0; i < pairs; i++) {
      in.readUnsignedShort(); // element name
      elementValue(in, utf8);
    }
    return type;
  }

  private static void elementValue(DataInputStream in, String[] utf8) throws IOException {
    int tag = in.readUnsignedByte();
    switch (tag) {
      case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z', 's', 'c' -> in.skipNBytes(2);
      case 'e' -> in.skipNBytes(4);
      case '@' -> annotation(in, utf8);
      case '[' -> {
        int count = in.readUnsignedShort();
        for (int i = 0; i < count; i++) {
          elementValue(in, utf8);
        }
      }
      default -> throw new IllegalArgumentException("annotation value tag " + (char) tag);
    }
  }
}
