package org.gilpy.modules;

import org.gilpy.vm.Interpreter;

/** The one list of modules implemented in Java, sorted by name. */
public final class ModuleRegistry {
    private ModuleRegistry() {}

    public static void registerAll() {
        Interpreter.registerModule("math", MathModule::create);
    }
}
