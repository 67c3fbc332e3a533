package org.gilpy.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real operating-system signals (sent with kill(1), as a user's Ctrl-C or a service
 * manager would) reach a gilpy process wherever its main thread is: in a busy loop, in
 * join(), in lock.acquire(), in sleep(). Each program prints "ready" once it is where the
 * signal should find it; the test then sends the signal.
 */
class SignalDeliveryTest {
    @TempDir
    Path dir;

    record Run(String out, String err, int code) {}

    /** Runs source, sends signal once it printed "ready" (plus a moment to get into its wait). */
    Run runAndSignal(String source, String signal) throws IOException, InterruptedException {
        Path script = dir.resolve("prog.py");
        Files.writeString(script, source);
        Path err = dir.resolve("err.txt");
        List<String> cmd = List.of(ProcessHandle.current().info().command().orElse("java"), "-Xss16m",
                "-XX:TieredStopAtLevel=1", "-cp", Path.of("target/classes").toAbsolutePath().toString(),
                "org.gilpy.cli.Main", script.toString());
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(err.toFile()).start();
        Thread watchdog = Thread.ofVirtual().start(() -> {   // a program the signal misses must not hang the build
            try {
                if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly();
            } catch (InterruptedException e) {
                p.destroyForcibly();
            }
        });
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = p.inputReader(StandardCharsets.UTF_8)) {
            String line = r.readLine();
            assertEquals("ready", line, () -> "program did not get ready: " + readQuietly(err));
            out.append(line).append('\n');
            Thread.sleep(200);
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).inheritIO().start();
            assertEquals(0, kill.waitFor());
            for (String l = r.readLine(); l != null; l = r.readLine()) out.append(l).append('\n');
        } finally {
            watchdog.join();
        }
        if (p.exitValue() == 137) throw new AssertionError("gilpy did not end within 60 s after SIG" + signal);
        return new Run(out.toString(), Files.readString(err, StandardCharsets.UTF_8), p.exitValue());
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return "";
        }
    }

    @Test
    void ctrlCInABusyLoopRaisesKeyboardInterrupt() throws Exception {
        Run r = runAndSignal("""
                n = 0
                print("ready", flush=True)
                try:
                    while True:
                        n += 1
                except KeyboardInterrupt:
                    print("caught in loop", n > 0)
                """, "INT");
        assertEquals("ready\ncaught in loop True\n", r.out());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void uncaughtCtrlCInJoinExitsWith130() throws Exception {
        Run r = runAndSignal("""
                import threading, time
                t = threading.Thread(target=time.sleep, args=(60,), daemon=True)
                t.start()
                print("ready", flush=True)
                t.join()
                """, "INT");
        assertEquals(130, r.code());
        assertTrue(r.err().startsWith("Traceback (most recent call last):\n"), r.err());
        assertTrue(r.err().contains("line 5, in <module>\n    t.join()\n"), r.err());
        assertTrue(r.err().endsWith("\nKeyboardInterrupt\n"), r.err());
    }

    @Test
    void ctrlCInLockAcquireAndInSleep() throws Exception {
        Run r = runAndSignal("""
                import threading, time, signal
                lock = threading.Lock()
                lock.acquire()
                print("ready", flush=True)
                try:
                    lock.acquire()
                except KeyboardInterrupt:
                    print("caught in acquire")
                signal.signal(signal.SIGINT, lambda s, f: print("handler ran"))
                signal.raise_signal(signal.SIGINT)
                signal.signal(signal.SIGINT, signal.default_int_handler)
                start = time.monotonic()
                try:
                    signal.pthread_kill(threading.get_ident(), 0)
                    threading.Timer(0.1, signal.raise_signal, (signal.SIGINT,)).start()
                    time.sleep(30)
                except KeyboardInterrupt:
                    print("caught in sleep", time.monotonic() - start < 10)
                """, "INT");
        assertEquals("ready\ncaught in acquire\nhandler ran\ncaught in sleep True\n", r.out(), r.err());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void sigtermAndSigusr1RunPythonHandlersInTheMainThread() throws Exception {
        Run r = runAndSignal("""
                import signal, threading
                stop = []
                def on_usr1(signum, frame):
                    stop.append(threading.current_thread() is threading.main_thread())
                signal.signal(signal.SIGUSR1, on_usr1)
                print("ready", flush=True)
                while not stop:
                    pass
                print("SIGUSR1 handled in the main thread:", stop[0], flush=True)
                """, "USR1");
        assertEquals("ready\nSIGUSR1 handled in the main thread: True\n", r.out());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void ctrlCWhileInputWaitsForALine() throws Exception {
        // the test never writes to the program's stdin: input() waits until the signal
        Run r = runAndSignal("""
                print("ready", flush=True)
                try:
                    input("name? ")
                except KeyboardInterrupt:
                    print("caught in input")
                """, "INT");
        assertEquals("ready\nname? caught in input\n", r.out(), r.err());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void sigtermWithAHandlerEndsThroughSystemExit() throws Exception {
        Run r = runAndSignal("""
                import signal, sys, time
                signal.signal(signal.SIGTERM, lambda s, f: sys.exit("terminated by %d" % s))
                print("ready", flush=True)
                try:
                    time.sleep(60)
                finally:
                    print("finally ran")
                """, "TERM");
        assertEquals("ready\nfinally ran\n", r.out());
        assertEquals("terminated by 15\n", r.err());
        assertEquals(1, r.code());
    }
}
