package io.pgloop.impl.codec;

import java.util.List;

/**
 * The types that decode as their text form, a String, in text only: their binary forms are not
 * their text (a regclass's OID), and their text is what a user reads and writes. Values are bound
 * as Strings, which the server parses. (The server's ids and log positions, whose binary form
 * renders to the same text, are in {@link SystemIdCodecs}.)
 */
final class TextFormCodecs {

  private TextFormCodecs() {}

  /** One codec per type: name, OID, array OID. */
  static List<TextCodec> all() {
    return List.of(
        text("int2vector", 22, 1006),
        text("regproc", 24, 1008),
        text("oidvector", 30, 1013),
        text("refcursor", 1790, 2201),
        text("regprocedure", 2202, 2207),
        text("regoper", 2203, 2208),
        text("regoperator", 2204, 2209),
        text("regclass", 2205, 2210),
        text("regtype", 2206, 2211),
        text("txid_snapshot", 2970, 2949),
        text("regconfig", 3734, 3735),
        text("regdictionary", 3769, 3770),
        text("jsonpath", 4072, 4073),
        text("regnamespace", 4089, 4090),
        text("regrole", 4096, 4097),
        text("regcollation", 4191, 4192),
        text("pg_snapshot", 5038, 5039),
        new TextCodec("xml", 142, 143, true));
  }

  private static TextCodec text(String name, int oid, int arrayOid) {
    return new TextCodec(name, oid, arrayOid, false);
  }
}
