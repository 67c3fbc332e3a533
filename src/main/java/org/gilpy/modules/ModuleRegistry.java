package org.gilpy.modules;

import org.gilpy.modules.io.IoModule;
import org.gilpy.vm.Interpreter;

/** The one list of modules implemented in Java, sorted by name. */
public final class ModuleRegistry {
    private ModuleRegistry() {}

    public static void registerAll() {
        Interpreter.registerModule("_hashlib", HashlibModule::create);
        Interpreter.registerModule("_io", () -> IoModule.create("_io"));
        Interpreter.registerModule("_random", RandomModule::create);
        Interpreter.registerModule("_signal", SignalModule::create);
        Interpreter.registerModule("_struct", StructModule::create);
        Interpreter.registerModule("_thread", () -> ThreadModule.create("_thread"));
        Interpreter.registerModule("array", ArrayModule::create);
        Interpreter.registerModule("cmath", CmathModule::create);
        Interpreter.registerModule("io", () -> IoModule.create("io"));
        Interpreter.registerModule("math", MathModule::create);
        Interpreter.registerModule("os", OsModule::create);
        Interpreter.registerModule("thread", () -> ThreadModule.create("thread"));
        Interpreter.registerModule("time", TimeModule::create);
        Interpreter.registerModule("unicodedata", UnicodedataModule::create);
    }
}
