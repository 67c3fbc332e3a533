package org.gilpy.modules.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.junit.jupiter.api.Test;

/** The standard streams: buffering, flushing, and writes from several threads at once. */
class StdStreamsTest {
    private static String write(PyObject f, String s) {
        Abstract.callMethod(f, "write", PyStr.of(s));
        return s;
    }

    @Test
    void stdoutIsBlockBufferedOverAPipeAndStderrLineBuffered() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        StdStreams.Streams std = StdStreams.over(new ByteArrayInputStream(new byte[0]), out, err, false);
        write(std.stdout(), "line\n");
        write(std.stderr(), "oops\n");
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertEquals("oops\n", err.toString(StandardCharsets.UTF_8));
        IoModule.flushAll();
        assertEquals("line\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void unbufferedStdoutAndStderrWriteAtOnce() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        StdStreams.Streams std = StdStreams.over(new ByteArrayInputStream(new byte[0]), out, err, true);
        write(std.stdout(), "no newline");
        write(std.stderr(), "nor here");
        assertEquals("no newline", out.toString(StandardCharsets.UTF_8));
        assertEquals("nor here", err.toString(StandardCharsets.UTF_8));
        assertEquals("FileIO", Abstract.getAttr(std.stdout(), "buffer").type.name);
        assertEquals("BufferedReader", Abstract.getAttr(std.stdin(), "buffer").type.name);
    }

    @Test
    void stdinLinesAreDecodedAcrossChunks() {
        byte[] data = ("é".repeat(5000) + "\nrest").getBytes(StandardCharsets.UTF_8);
        StdStreams.Streams std = StdStreams.over(new ByteArrayInputStream(data), new ByteArrayOutputStream(),
                new ByteArrayOutputStream(), false);
        assertEquals("é".repeat(5000) + "\n", ((PyStr) Abstract.callMethod(std.stdin(), "readline")).value);
        assertEquals("rest", ((PyStr) Abstract.callMethod(std.stdin(), "readline")).value);
    }

    @Test
    void concurrentWritesAreNeitherLostNorInterleaved() throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StdStreams.Streams std = StdStreams.over(new ByteArrayInputStream(new byte[0]), out, out, false);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int id = t;
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 500; i++) write(std.stdout(), ("<" + id + ":" + i + ">").repeat(20) + "\n");
            }));
        }
        for (Thread t : threads) t.join();
        Abstract.callMethod(std.stdout(), "flush");
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(8 * 500, lines.length);
        for (String line : lines) {
            String unit = line.substring(0, line.indexOf('>') + 1);
            assertTrue(line.equals(unit.repeat(20)), line);
        }
    }
}
