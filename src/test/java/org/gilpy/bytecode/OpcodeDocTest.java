package org.gilpy.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** docs/opcodes.md must say exactly what the Opcode rows say. */
class OpcodeDocTest {
    @Test
    void docIsUpToDate() throws IOException {
        String expected = OpcodeDoc.generate();
        if (Boolean.getBoolean("gilpy.regen")) {
            OpcodeDoc.main(new String[0]);
            return;
        }
        String actual = Files.exists(OpcodeDoc.FILE) ? Files.readString(OpcodeDoc.FILE) : "";
        assertEquals(expected, actual, OpcodeDoc.FILE + " is stale; regenerate it with: " + OpcodeDoc.REGENERATE);
    }
}
