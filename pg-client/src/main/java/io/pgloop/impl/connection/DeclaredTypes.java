package io.pgloop.impl.connection;

import io.pgloop.ParameterEncodingException;
import io.pgloop.Tuple;
import io.pgloop.impl.codec.CodecRegistry;
import java.util.List;

/** The parameter types to declare in Parse, inferred from the Java values. */
final class DeclaredTypes {

  private DeclaredTypes() {}

  /**
   * One OID per parameter, from the first execution that has a non-null value for it; 0 (let the
   * server infer) where every execution has NULL or a value the server should type itself.
   */
  static int[] infer(List<Tuple> executions, CodecRegistry codecs) {
    int count = executions.get(0).size();
    int[] types = new int[count];
    for (int i = 0; i < count; i++) {
      // Indexed: an iterator per parameter is garbage on the hot path.
      for (int t = 0, n = executions.size(); t < n; t++) {
        Tuple tuple = executions.get(t);
        if (tuple.size() != count) {
          throw new IllegalArgumentException(
              "every tuple of a batch must have the same number of parameters: "
                  + count
                  + " then "
                  + tuple.size());
        }
        Object value = tuple.getValue(i);
        if (value != null) {
          types[i] = parameterType(codecs, value, i);
          break;
        }
      }
    }
    return types;
  }

  private static int parameterType(CodecRegistry codecs, Object value, int index) {
    try {
      return codecs.parameterTypeOid(value);
    } catch (IllegalArgumentException e) {
      throw new ParameterEncodingException(index + 1, e.getMessage(), e);
    }
  }
}
