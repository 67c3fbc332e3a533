package org.gilpy.modules;

import org.gilpy.modules.io.IoModule;
import org.gilpy.modules.posix.PosixModule;
import org.gilpy.modules.posix.SubprocessModule;
import org.gilpy.vm.Interpreter;

/** The one list of modules implemented in Java, sorted by name. */
public final class ModuleRegistry {
    private ModuleRegistry() {}

    public static void registerAll() {
        Interpreter.registerModule("_io", () -> IoModule.create("_io"));
        Interpreter.registerModule("_signal", SignalModule::create);
        Interpreter.registerModule("_subprocess", SubprocessModule::create);
        Interpreter.registerModule("_thread", () -> ThreadModule.create("_thread"));
        Interpreter.registerModule("_weakref", WeakrefModule::create);
        Interpreter.registerModule("atexit", AtexitModule::create);
        Interpreter.registerModule("errno", ErrnoModule::create);
        Interpreter.registerModule("gc", GcModule::create);
        Interpreter.registerModule("io", () -> IoModule.create("io"));
        Interpreter.registerModule("math", MathModule::create);
        Interpreter.registerModule("posix", PosixModule::create);
        Interpreter.registerModule("thread", () -> ThreadModule.create("thread"));
        Interpreter.registerModule("time", TimeModule::create);
    }
}
