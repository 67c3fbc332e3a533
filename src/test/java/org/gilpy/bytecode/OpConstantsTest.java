package org.gilpy.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * {@code Op.java} holds each opcode's number as an int constant, so the eval loop can
 * switch on the instruction's low byte directly (an enum switch costs two array loads per
 * instruction). It is derived from {@link Opcode}, the one opcode list, and must match it.
 * Regenerate with {@code ./bin/mvn25 -o test -Dtest=OpConstantsTest -Dgilpy.regen=true}.
 */
class OpConstantsTest {
    static final Path FILE = Path.of("src/main/java/org/gilpy/bytecode/Op.java");

    static String generate() {
        StringBuilder b = new StringBuilder();
        b.append("package org.gilpy.bytecode;\n\n");
        b.append("/**\n * The opcode numbers of {@link Opcode} as int constants, for {@code switch} in the eval loop.\n");
        b.append(" * Generated from Opcode by OpConstantsTest (which fails when this file is stale): do not edit.\n */\n");
        b.append("public final class Op {\n    private Op() {}\n\n");
        for (Opcode op : Opcode.values()) {
            b.append("    public static final int ").append(op.name()).append(" = ").append(op.ordinal()).append(";\n");
        }
        return b.append("}\n").toString();
    }

    @Test
    void constantsMatchTheOpcodeList() throws IOException {
        String expected = generate();
        if (Boolean.getBoolean("gilpy.regen")) {
            Files.writeString(FILE, expected);
            return;
        }
        String actual = Files.exists(FILE) ? Files.readString(FILE) : "";
        assertEquals(expected, actual, FILE + " is stale; regenerate it with: "
                + "./bin/mvn25 -o test -Dtest=OpConstantsTest -Dgilpy.regen=true");
    }
}
