package org.gilpy.vm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import org.gilpy.bytecode.Code;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyBaseException;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTraceback;

/**
 * Formats an uncaught exception as CPython 3.11 prints it: the cause/context chain,
 * "Traceback (most recent call last):", one entry per frame with its source line and a
 * caret line under the failing expression, repeated lines collapsed, then
 * "Type: message". SyntaxErrors show the offending line with carets instead.
 */
public final class TracebackPrinter {
    private TracebackPrinter() {}

    public static String format(PyBaseException e) {
        StringBuilder b = new StringBuilder();
        chain(b, e, new IdentityHashMap<>());
        return b.toString();
    }

    private static void chain(StringBuilder b, PyBaseException e, IdentityHashMap<PyBaseException, Boolean> seen) {
        seen.put(e, true);
        if (e.cause != null && !seen.containsKey(e.cause)) {
            chain(b, e.cause, seen);
            b.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e.context != null && !e.suppressContext && !seen.containsKey(e.context)) {
            chain(b, e.context, seen);
            b.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        single(b, e);
    }

    private static void single(StringBuilder b, PyBaseException e) {
        if (e.traceback instanceof PyTraceback tb) {
            b.append("Traceback (most recent call last):\n");
            String lastKey = null;
            int repeats = 0;
            for (PyTraceback t = tb; t != null; t = t.next) {
                String entry = entry(t);
                if (entry.equals(lastKey)) {
                    repeats++;
                    if (repeats < 3) b.append(entry);
                    continue;
                }
                flushRepeats(b, repeats);
                repeats = 0;
                lastKey = entry;
                b.append(entry);
            }
            flushRepeats(b, repeats);
        }
        if (e.type.isSubtypeOf(PyExc.SyntaxError)) {
            syntaxError(b, e);
            return;
        }
        b.append(typeName(e));
        String msg;
        try {
            msg = Abstract.str(e).value;
        } catch (RuntimeException x) {
            msg = "<exception str() failed>";
        }
        if (!msg.isEmpty()) b.append(": ").append(msg);
        b.append('\n');
    }

    private static void flushRepeats(StringBuilder b, int repeats) {
        if (repeats >= 3) {
            int more = repeats - 2;
            b.append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "").append("]\n");
        }
    }

    static String typeName(PyBaseException e) {
        String mod = e.type.moduleName();
        String q = e.type.qualname;
        return mod.equals("builtins") || mod.equals("__main__") ? q : mod + "." + q;
    }

    private static String entry(PyTraceback t) {
        Code co = t.code.code;
        StringBuilder b = new StringBuilder();
        b.append("  File \"").append(co.filename).append("\", line ").append(t.lineno)
                .append(", in ").append(co.name).append('\n');
        String line = sourceLine(co.filename, t.lineno);
        if (line != null) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                b.append("    ").append(stripped).append('\n');
                int i = t.lasti;
                if (i >= 0 && i < co.lines.length && co.lines[i] == t.lineno && co.endLines[i] == t.lineno
                        && co.cols[i] >= 0 && co.endCols[i] >= 0) {
                    int indent = line.length() - line.stripLeading().length();
                    int start = co.cols[i] - indent, end = co.endCols[i] - indent;
                    if (start >= 0 && end > start && end <= stripped.length() && !(start == 0 && end == stripped.length())) {
                        b.append("    ").append(" ".repeat(start)).append("^".repeat(end - start)).append('\n');
                    }
                }
            }
        }
        return b.toString();
    }

    /** Line {@code n} of a file without its line end, or null. */
    static String sourceLine(String filename, int n) {
        try {
            Path p = Path.of(filename);
            if (!Files.isRegularFile(p)) return null;
            List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
            return n >= 1 && n <= lines.size() ? lines.get(n - 1) : null;
        } catch (IOException | RuntimeException x) {
            return null;
        }
    }

    private static void syntaxError(StringBuilder b, PyBaseException e) {
        PyObject fn = Abstract.lookupAttr(e, "filename");
        PyObject ln = Abstract.lookupAttr(e, "lineno");
        PyObject text = Abstract.lookupAttr(e, "text");
        PyObject off = Abstract.lookupAttr(e, "offset");
        PyObject endOff = Abstract.lookupAttr(e, "end_offset");
        PyObject endLn = Abstract.lookupAttr(e, "end_lineno");
        PyObject msgObj = Abstract.lookupAttr(e, "msg");
        String msg = msgObj instanceof PyStr s ? s.value : Abstract.str(e).value;
        if (fn instanceof PyStr f && ln != null && ln.type != org.gilpy.objects.PyNone.TYPE) {
            b.append("  File \"").append(f.value).append("\", line ").append(Abstract.str(ln).value).append('\n');
            if (text instanceof PyStr t) {
                String raw = t.value.replaceAll("[\\r\\n]+$", "");
                String stripped = raw.stripLeading();
                int indent = raw.length() - stripped.length();
                b.append("    ").append(stripped).append('\n');
                if (off != null && off.type == org.gilpy.objects.PyInt.TYPE) {
                    int o = (int) Abstract.index(off).value;
                    int eo = endOff != null && endOff.type == org.gilpy.objects.PyInt.TYPE
                            ? (int) Abstract.index(endOff).value : o;
                    boolean sameLine = endLn == null || endLn.type != org.gilpy.objects.PyInt.TYPE
                            || Abstract.index(endLn).value == Abstract.index(ln).value;
                    if (!sameLine || eo <= o) eo = o + 1;
                    int start = Math.max(o - 1 - indent, 0);
                    int width = Math.max(Math.min(eo - 1 - indent, stripped.length() + 1) - start, 1);
                    b.append("    ").append(" ".repeat(start)).append("^".repeat(width)).append('\n');
                }
            }
        }
        b.append(typeName(e)).append(": ").append(msg).append('\n');
    }
}
