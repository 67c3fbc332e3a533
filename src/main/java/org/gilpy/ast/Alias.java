package org.gilpy.ast;

/** {@code name as asname} in an import; asname is null when absent. name may be dotted or "*". */
public record Alias(Pos pos, String name, String asname) implements Node {}
