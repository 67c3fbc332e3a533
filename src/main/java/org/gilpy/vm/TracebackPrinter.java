package org.gilpy.vm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.gilpy.bytecode.Code;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyBaseException;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyExceptionGroup;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTraceback;

/**
 * Formats an uncaught exception as CPython 3.11 prints it: the cause/context chain
 * first ("The above exception was the direct cause of the following exception:",
 * "During handling of the above exception, another exception occurred:"), then
 * "Traceback (most recent call last):" with one entry per frame (source line and
 * {@link CaretLine}), runs of more than three identical entries collapsed, then
 * "Type: message", the {@link Suggestions} hint, and the {@code __notes__} lines.
 * SyntaxErrors show their own file, line and caret instead ({@link SyntaxErrorText}).
 *
 * <p>Exception groups are drawn as nested boxes: each member under a
 * "+---------------- i ----------------" rule, its lines behind a "| " margin indented two
 * columns per level, at most 15 members and 10 levels shown.
 */
public final class TracebackPrinter {
    /** Entries for the same place beyond this many are summarized ("[Previous line repeated ...]"). */
    private static final int RECURSIVE_CUTOFF = 3;
    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;
    private static final String CAUSE =
            "The above exception was the direct cause of the following exception:\n";
    private static final String CONTEXT =
            "During handling of the above exception, another exception occurred:\n";

    private final StringBuilder b = new StringBuilder();
    private final IdentityHashMap<PyBaseException, Boolean> seen = new IdentityHashMap<>();
    private final Map<String, List<String>> files = new HashMap<>();
    /** Nesting level inside exception groups (0 outside any). */
    private int depth;
    /** Whether the innermost open group box still needs its bottom rule. */
    private boolean needClose;

    private TracebackPrinter() {}

    public static String format(PyBaseException e) {
        TracebackPrinter p = new TracebackPrinter();
        p.recursive(e);
        return p.b.toString();
    }

    /**
     * The anchors the caret line gives a one-line span whose text is {@code segment}:
     * {@code [left, right)} of its operator or subscript within the segment, or null
     * (the {@code traceback} module draws its caret lines from this).
     */
    public static int[] caretAnchors(String segment) {
        return CaretLine.anchors(segment);
    }

    /** How many terminal columns {@code text} takes under a source line (wide characters count 2). */
    public static int displayWidth(String text) {
        return text.codePoints().map(CaretLine::width).sum();
    }

    private void recursive(PyBaseException e) {
        causeAndContext(e);
        if (e instanceof PyExceptionGroup g && g.exceptions.size() > 0) group(g);
        else single(e);
    }

    private void causeAndContext(PyBaseException e) {
        seen.put(e, true);
        if (e.cause != null) {
            if (!seen.containsKey(e.cause)) chained(e.cause, CAUSE);
        } else if (!e.suppressContext && e.context != null && !seen.containsKey(e.context)) {
            chained(e.context, CONTEXT);
        }
    }

    private void chained(PyBaseException e, String message) {
        boolean close = needClose;
        recursive(e);
        needClose = close;
        margin();
        b.append('\n');
        margin();
        b.append(message);
        margin();
        b.append('\n');
    }

    /** The indentation and "| " margin of lines inside a group box. */
    private void margin() {
        if (depth > 0) b.append(" ".repeat(2 * depth)).append("| ");
    }

    private void group(PyExceptionGroup g) {
        if (depth > MAX_GROUP_DEPTH) {
            margin();
            b.append("... (max_group_depth is ").append(MAX_GROUP_DEPTH).append(")\n");
            return;
        }
        if (depth == 0) depth++;
        single(g);
        int count = g.exceptions.size();
        int n = count <= MAX_GROUP_WIDTH ? count : MAX_GROUP_WIDTH + 1;
        needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1, truncated = i >= MAX_GROUP_WIDTH;
            if (last) needClose = true;
            b.append(" ".repeat(2 * depth)).append(i == 0 ? "+-" : "  ")
                    .append("+---------------- ").append(truncated ? "..." : String.valueOf(i + 1))
                    .append(" ----------------\n");
            depth++;
            if (!truncated) {
                member(g.exceptions.get(i));
            } else {
                int more = count - MAX_GROUP_WIDTH;
                margin();
                b.append("and ").append(more).append(" more exception").append(more > 1 ? "s\n" : "\n");
            }
            if (last && needClose) {
                b.append(" ".repeat(2 * depth)).append("+------------------------------------\n");
                needClose = false;
            }
            depth--;
        }
        if (depth == 1) depth--;
    }

    private void member(PyObject o) {
        if (o instanceof PyBaseException e) recursive(e);
    }

    private void single(PyBaseException e) {
        if (e.traceback instanceof PyTraceback tb) traceback(tb, e instanceof PyExceptionGroup);
        PyObject message = e;
        if (e.type.isSubtypeOf(PyExc.SyntaxError)) {
            margin();
            PyObject msg = SyntaxErrorText.append(b, e);
            if (msg != null) message = msg;
        }
        margin();
        b.append(typeName(e));
        String text;
        try {
            text = Abstract.str(message).value;
        } catch (RuntimeException x) {
            text = null;
        }
        if (text == null) b.append(": <exception str() failed>");
        else if (!text.isEmpty()) b.append(": ").append(text);
        String hint = Suggestions.forException(e);
        if (hint != null) b.append(". Did you mean: '").append(hint).append("'?");
        b.append('\n');
        notes(e);
    }

    static String typeName(PyBaseException e) {
        String mod = e.type.moduleName();
        String q = e.type.qualname;
        return mod.equals("builtins") || mod.equals("__main__") ? q : mod + "." + q;
    }

    // ---- traceback entries --------------------------------------------------------------

    private void traceback(PyTraceback tb, boolean isGroup) {
        long limit = tracebackLimit();
        if (limit <= 0) return;
        int entries = 0;
        for (PyTraceback t = tb; t != null; t = t.next) entries++;
        while (tb != null && entries > limit) {
            entries--;
            tb = tb.next;
        }
        if (isGroup && depth == 1) b.append("  + ");
        else margin();
        b.append(isGroup ? "Exception Group Traceback (most recent call last):\n"
                : "Traceback (most recent call last):\n");
        String lastFile = null, lastName = null;
        int lastLine = -1, count = 0;
        for (PyTraceback t = tb; t != null; t = t.next) {
            Code co = t.code.code;
            if (!co.filename.equals(lastFile) || t.lineno != lastLine || !co.name.equals(lastName)) {
                repeated(count);
                lastFile = co.filename;
                lastLine = t.lineno;
                lastName = co.name;
                count = 0;
            }
            if (++count <= RECURSIVE_CUTOFF) entry(t, co);
        }
        repeated(count);
    }

    /** {@code sys.tracebacklimit} when it is an int, else 1000 (CPython's default). */
    private static long tracebackLimit() {
        PyObject v = Interpreter.sysAttr("tracebacklimit");
        if (v instanceof PyInt n) return n.isSmall() ? n.value : n.toBig().signum() > 0 ? Long.MAX_VALUE : 0;
        return 1000;
    }

    private void repeated(int count) {
        if (count <= RECURSIVE_CUTOFF) return;
        int more = count - RECURSIVE_CUTOFF;
        b.append("  [Previous line repeated ").append(more).append(more > 1 ? " more times]\n" : " more time]\n");
    }

    private void entry(PyTraceback t, Code co) {
        margin();
        b.append("  File \"").append(co.filename).append("\", line ").append(t.lineno)
                .append(", in ").append(co.name).append('\n');
        String line = sourceLine(co.filename, t.lineno);
        if (line == null) return;
        String shown = stripIndent(line);
        if (shown.isEmpty()) return;
        margin();
        b.append("    ").append(shown).append('\n');
        int i = t.lasti;
        if (i < 0 || i >= co.lines.length || co.lines[i] != t.lineno) return;
        String carets = CaretLine.draw(line, co.lines[i], co.cols[i], co.endLines[i], co.endCols[i]);
        if (carets == null) return;
        margin();
        b.append(carets);
    }

    /** The line without its leading spaces, tabs and form feeds (trailing blanks stay, as in CPython). */
    private static String stripIndent(String line) {
        int k = 0;
        while (k < line.length() && (line.charAt(k) == ' ' || line.charAt(k) == '\t' || line.charAt(k) == '\f')) k++;
        return line.substring(k);
    }

    /** Line {@code n} of a file without its line end, or null. */
    private String sourceLine(String filename, int n) {
        List<String> lines = files.computeIfAbsent(filename, TracebackPrinter::readLines);
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : null;
    }

    private static List<String> readLines(String filename) {
        try {
            Path p = Path.of(filename);
            if (!Files.isRegularFile(p)) return List.of();
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException x) {
            return List.of();
        }
    }

    // ---- notes --------------------------------------------------------------------------

    /** {@code __notes__}: each note's str and a newline (a str is a sequence of one-character
     * notes); anything that is not a sequence is shown by its repr. */
    private void notes(PyBaseException e) {
        PyObject notes;
        try {
            notes = Abstract.lookupAttr(e, "__notes__");
        } catch (RuntimeException x) {
            return;
        }
        if (notes == null) return;
        PyObject[] items;
        try {
            items = isSequence(notes) ? Abstract.toArray(notes) : null;
        } catch (RuntimeException x) {
            items = null;
        }
        if (items == null) {
            margin();
            b.append(reprOr(notes, "<__notes__ repr() failed>"));    // 3.11.7 ends no line here
            return;
        }
        for (PyObject note : items) {
            String s;
            try {
                s = Abstract.str(note).value;
            } catch (RuntimeException x) {
                s = null;
            }
            if (s == null) b.append("<note str() failed>");
            else for (String line : splitLinesKeepEnds(s)) {
                margin();
                b.append(line);
            }
            b.append('\n');
        }
    }

    /** str.splitlines(keepends=True) for the line breaks notes use in practice. */
    private static List<String> splitLinesKeepEnds(String s) {
        List<String> out = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
                out.add(s.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < s.length()) out.add(s.substring(start));
        return out;
    }

    private static boolean isSequence(PyObject o) {
        return o.type.lookup("__getitem__") != null && !(o instanceof org.gilpy.objects.PyDict);
    }

    private static String reprOr(PyObject o, String fallback) {
        try {
            return Abstract.repr(o).value;
        } catch (RuntimeException x) {
            return fallback;
        }
    }
}
