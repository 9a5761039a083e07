package io.pgloop.codegen;

import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeVariableName;

/** The erasure of a JavaPoet type, for javadoc links, which take no type arguments. */
final class Erasure {

  private Erasure() {}

  static TypeName of(TypeName type) {
    if (type instanceof ParameterizedTypeName p) {
      return p.rawType;
    }
    if (type instanceof TypeVariableName v) {
      return v.bounds.isEmpty() ? ClassName.OBJECT : of(v.bounds.get(0));
    }
    if (type instanceof ArrayTypeName a) {
      return ArrayTypeName.of(of(a.componentType));
    }
    return type;
  }
}
