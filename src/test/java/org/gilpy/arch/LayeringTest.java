package org.gilpy.arch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.constantpool.ClassEntry;
import java.lang.classfile.constantpool.PoolEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies between packages point one way (DESIGN.md "Layout"): reads every compiled
 * class's constant pool and fails on a reference to a package it may not import.
 */
class LayeringTest {
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "ast", Set.of(),
            "bytecode", Set.of(),
            "parse", Set.of("ast"),
            "compile", Set.of("ast", "bytecode", "parse"),
            "objects", Set.of("bytecode"),
            "vm", Set.of("ast", "bytecode", "parse", "compile", "objects"),
            "modules", Set.of("ast", "bytecode", "parse", "compile", "objects", "vm"),
            "cli", Set.of("ast", "bytecode", "parse", "compile", "objects", "vm", "modules"));

    @Test
    void packagesImportOnlyDownward() throws IOException {
        Path root = Path.of("target/classes/org/gilpy");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String pkg = root.relativize(p).getName(0).toString();
                Set<String> allowed = ALLOWED.get(pkg);
                if (allowed == null) {
                    violations.add(p + ": package '" + pkg + "' has no layering rule");
                    continue;
                }
                ClassModel cm = ClassFile.of().parse(Files.readAllBytes(p));
                for (PoolEntry e : cm.constantPool()) {
                    if (e instanceof ClassEntry ce) {
                        String name = ce.asInternalName();
                        if (!name.startsWith("org/gilpy/")) continue;
                        String other = name.substring("org/gilpy/".length()).split("/")[0];
                        if (!other.equals(pkg) && !allowed.contains(other)) {
                            violations.add(cm.thisClass().asInternalName() + " -> " + name);
                        }
                    }
                }
            }
        }
        assertTrue(violations.isEmpty(), "wrong-way dependencies:\n" + String.join("\n", violations));
    }
}
