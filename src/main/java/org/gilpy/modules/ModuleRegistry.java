package org.gilpy.modules;

import org.gilpy.modules.functools.FunctoolsModule;
import org.gilpy.modules.hashlib.Blake2Module;
import org.gilpy.modules.hashlib.HashlibModule;
import org.gilpy.modules.io.IoModule;
import org.gilpy.modules.itertools.ItertoolsModule;
import org.gilpy.modules.operator.OperatorModule;
import org.gilpy.modules.json.JsonModule;
import org.gilpy.modules.posix.PosixModule;
import org.gilpy.modules.posix.SubprocessModule;
import org.gilpy.modules.re.SreModule;
import org.gilpy.modules.unicodedata.UnicodedataModule;
import org.gilpy.vm.Interpreter;

/** The one list of modules implemented in Java, sorted by name. */
public final class ModuleRegistry {
    private ModuleRegistry() {}

    public static void registerAll() {
        Interpreter.registerModule("_bisect", BisectModule::create);
        Interpreter.registerModule("_blake2", Blake2Module::create);
        Interpreter.registerModule("_codecs", CodecsModule::create);
        Interpreter.registerModule("_collections", CollectionsModule::create);
        Interpreter.registerModule("_csvparse", CsvparseModule::create);
        Interpreter.registerModule("_functools", FunctoolsModule::create);
        Interpreter.registerModule("_hashlib", HashlibModule::create);
        Interpreter.registerModule("_importlib", ImportlibModule::create);
        Interpreter.registerModule("_io", () -> IoModule.create("_io"));
        Interpreter.registerModule("_json", JsonModule::create);
        Interpreter.registerModule("_operator", OperatorModule::create);
        Interpreter.registerModule("_picklecore", PicklecoreModule::create);
        Interpreter.registerModule("_queue", QueueModule::create);
        Interpreter.registerModule("_random", RandomModule::create);
        Interpreter.registerModule("_signal", SignalModule::create);
        Interpreter.registerModule("_socket", org.gilpy.modules.socket.SocketModule::create);
        Interpreter.registerModule("_sre", SreModule::create);
        Interpreter.registerModule("_strptime", StrptimeModule::create);
        Interpreter.registerModule("_struct", StructModule::create);
        Interpreter.registerModule("_subprocess", SubprocessModule::create);
        Interpreter.registerModule("_thread", () -> ThreadModule.create("_thread"));
        Interpreter.registerModule("_traceback", TracebackModule::create);
        Interpreter.registerModule("_weakref", WeakrefModule::create);
        Interpreter.registerModule("array", ArrayModule::create);
        Interpreter.registerModule("atexit", AtexitModule::create);
        Interpreter.registerModule("binascii", BinasciiModule::create);
        Interpreter.registerModule("cmath", CmathModule::create);
        Interpreter.registerModule("errno", ErrnoModule::create);
        Interpreter.registerModule("gc", GcModule::create);
        Interpreter.registerModule("io", () -> IoModule.create("io"));
        Interpreter.registerModule("itertools", ItertoolsModule::create);
        Interpreter.registerModule("math", MathModule::create);
        Interpreter.registerModule("posix", PosixModule::create);
        Interpreter.registerModule("select", SelectModule::create);
        Interpreter.registerModule("thread", () -> ThreadModule.create("thread"));
        Interpreter.registerModule("time", TimeModule::create);
        Interpreter.registerModule("unicodedata", UnicodedataModule::create);
    }
}
