package org.gilpy.modules.io;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/**
 * The {@code mode} argument of {@code open()}: validated with CPython's messages, then
 * used to stack the layers (FileIO, a Buffered* chosen by direction, TextIOWrapper).
 */
record OpenMode(boolean creating, boolean reading, boolean writing, boolean appending, boolean updating,
                boolean binary) {

    static OpenMode parse(String mode, String encoding, String errors, String newline) {
        boolean[] seen = new boolean[128];
        for (char c : mode.toCharArray()) {
            if ("rwxabt+".indexOf(c) < 0 || seen[c]) throw PyErr.valueError("invalid mode: '%s'", mode);
            seen[c] = true;
        }
        if (seen['t'] && seen['b']) throw PyErr.valueError("can't have text and binary mode at once");
        int kinds = (seen['x'] ? 1 : 0) + (seen['r'] ? 1 : 0) + (seen['w'] ? 1 : 0) + (seen['a'] ? 1 : 0);
        if (kinds > 1) throw PyErr.valueError("must have exactly one of create/read/write/append mode");
        if (kinds == 0) {
            throw PyErr.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        }
        if (seen['b'] && encoding != null) throw PyErr.valueError("binary mode doesn't take an encoding argument");
        if (seen['b'] && errors != null) throw PyErr.valueError("binary mode doesn't take an errors argument");
        if (seen['b'] && newline != null) throw PyErr.valueError("binary mode doesn't take a newline argument");
        if (!seen['b']) NewlineMode.of(newline);
        return new OpenMode(seen['x'], seen['r'], seen['w'], seen['a'], seen['+'], seen['b']);
    }

    /** The mode FileIO gets. */
    String rawMode() {
        return (creating ? "x" : reading ? "r" : writing ? "w" : "a") + (updating ? "+" : "");
    }

    /** Stacks the buffered and text layers over raw as {@code open()} does. */
    PyObject wrap(PyFileIO raw, long buffering, String encoding, String errors, String newline, String mode) {
        boolean lineBuffering = buffering == 1 || buffering < 0 && raw.isatty();
        if (buffering == 0) {
            if (binary) return raw;
            raw.close();
            throw PyErr.valueError("can't have unbuffered text I/O");
        }
        int size = buffering <= 1 ? PyIOBase.DEFAULT_BUFFER_SIZE : (int) Math.min(buffering, 1 << 30);
        PyType kind = updating ? PyBuffered.RANDOM : creating || writing || appending ? PyBuffered.WRITER : PyBuffered.READER;
        PyBuffered buffer = PyBuffered.over(kind, raw, size);
        if (binary) return buffer;
        PyTextIOWrapper text;
        try {
            text = PyTextIOWrapper.over(buffer, encoding, errors, newline, lineBuffering, false);
        } catch (RuntimeException e) {
            Abstract.callMethod(buffer, "close");
            throw e;
        }
        text.getDict().put(PyStr.of("mode"), PyStr.of(mode));
        return text;
    }
}
