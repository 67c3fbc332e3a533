package org.gilpy.modules.re;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.BytesLike;
import org.gilpy.objects.PyBaseException;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyGetter;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyMappingProxy;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;
import org.gilpy.objects.TypeBuilder;

/**
 * {@code _sre}, gilpy's regular-expression engine, which {@code re.py} wraps (CPython's
 * {@code _sre} has a different interface; only {@code re} is public). {@code compile}
 * parses ({@link RegexParser}) and compiles ({@link RegexCompiler}) a pattern into an
 * {@link Engine}; its methods run the {@link Matcher} and return the spans of a match as
 * one flat tuple {@code (lastindex, start0, end0, start1, end1, ...)}, -1 for a group that
 * did not take part (lastindex -1 for none).
 */
public final class SreModule {
    private SreModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_sre");
        TypeBuilder.moduleFunctions(SreModule.class, m).forEach(m::put);
        m.put("Engine", Engine.TYPE);
        m.put("Match", PyMatch.TYPE);
        m.put("MAXREPEAT", PyInt.of(4294967295L));
        return m;
    }

    /**
     * compile(pattern, flags, error): an Engine, or the exception CPython raises for a bad
     * pattern ({@code error(msg, pattern, pos)} is called to make re.error).
     */
    @PyMethod
    public static PyObject compile(PyObject pattern, PyObject flagsArg, PyObject errorType) {
        int flags = (int) PyInt.asLong(flagsArg);
        boolean bytes;
        int[] cps;
        if (pattern instanceof PyStr s) {
            bytes = false;
            cps = s.value.codePoints().toArray();
        } else if (pattern instanceof BytesLike b) {
            bytes = true;
            byte[] d = b.bytesData();
            cps = new int[b.bytesLength()];
            for (int k = 0; k < cps.length; k++) cps[k] = d[k] & 0xff;
        } else {
            throw PyErr.typeError("first argument must be string or compiled pattern");
        }
        try {
            RegexParser.Result r = RegexParser.parse(cps, bytes, flags);
            Program prog = RegexCompiler.compile(r.root(), r.groups());
            return new Engine(prog, bytes, r.flags(), r.names());
        } catch (RegexError e) {
            switch (e.kind) {
                case OVERFLOW -> throw PyErr.overflowError("%s", e.getMessage());
                case VALUE -> throw PyErr.valueError("%s", e.getMessage());
                default -> {
                    // CPython gives no pattern either for the errors it finds after parsing (look-behind widths)
                    PyObject pos = e.pos < 0 ? PyNone.NONE : PyInt.of(e.pos);
                    PyObject exc = Abstract.call(errorType, PyStr.of(e.getMessage()), e.pos < 0 ? PyNone.NONE : pattern, pos);
                    if (exc instanceof PyBaseException be) throw new PyException(be);
                    throw PyErr.typeError("exceptions must derive from BaseException");
                }
            }
        }
    }

    /** A compiled pattern, as re.Pattern holds it. */
    public static final class Engine extends PyObject {
        public static final PyType TYPE = PyType.builtin("Engine", Engine.class, PyType.OBJECT, null);

        static {
            TYPE.dict().put(PyStr.of("__module__"), PyStr.of("_sre"));
            TYPE.baseType = false;
        }

        private final Program prog;
        private final boolean bytes;
        private final int flags;
        private final Map<String, Integer> names;
        /** The re.Pattern that owns this engine, and re's function behind Match.expand. */
        private PyObject owner = PyNone.NONE, expander = PyNone.NONE;
        /** The last astral str converted to code points, and the conversion. */
        private PyStr lastStr;
        private Text lastText;

        Engine(Program prog, boolean bytes, int flags, Map<String, Integer> names) {
            super(TYPE);
            this.prog = prog;
            this.bytes = bytes;
            this.flags = flags;
            this.names = names;
        }

        /** bind(pattern, expander): the re.Pattern that Match.re returns, and what Match.expand calls. */
        @PyMethod
        public void bind(PyObject pattern, PyObject expander) {
            this.owner = pattern;
            this.expander = expander;
        }

        PyObject owner() { return owner; }

        PyObject expander() { return expander; }

        Map<String, Integer> names() { return names; }

        @PyGetter("flags")
        public int flags() { return flags; }

        @PyGetter("groups")
        public int groups() { return prog.groups; }

        @PyGetter("groupindex")
        public PyObject groupindex() {
            PyDict d = new PyDict();
            names.forEach((k, v) -> d.put(k, PyInt.of(v)));
            return new PyMappingProxy(d);
        }

        private Text text(PyObject s) {
            if (s instanceof PyStr str) {
                if (bytes) throw PyErr.typeError("cannot use a bytes pattern on a string-like object");
                if (str.isNarrow()) return new Text.Chars(str.value);
                if (str == lastStr) return lastText;
                Text t = new Text.CodePoints(str.value.codePoints().toArray());
                lastStr = str;
                lastText = t;
                return t;
            }
            if (s instanceof BytesLike b) {
                if (!bytes) throw PyErr.typeError("cannot use a string pattern on a bytes-like object");
                return new Text.Bytes(b.bytesData(), b.bytesLength());
            }
            throw PyErr.typeError("expected string or bytes-like object, got '%s'", s.type.name);
        }

        private static int clamp(PyObject o, int len) {
            long v = PyInt.asSsize(o);
            return (int) Math.max(0, Math.min(v, len));
        }

        /** The spans of the last match as a flat tuple (lastindex, start0, end0, ...). */
        private PyObject spans(Matcher m, int s, int e) {
            int n = prog.groups;
            PyObject[] out = new PyObject[2 * n + 3];
            out[0] = PyInt.of(m.lastindex);
            out[1] = PyInt.of(s);
            out[2] = PyInt.of(e);
            for (int g = 1; g <= n; g++) {
                int a = m.caps[2 * g], b = m.caps[2 * g + 1];
                boolean ok = a >= 0 && b >= 0;
                out[2 * g + 1] = PyInt.of(ok ? a : -1);
                out[2 * g + 2] = PyInt.of(ok ? b : -1);
            }
            return PyTuple.of(out);
        }

        private PyMatch result(Matcher m, PyObject string, int s, int e, int pos, int endpos) {
            int n = prog.groups;
            int[] regs = new int[2 * n + 2];
            regs[0] = s;
            regs[1] = e;
            for (int g = 1; g <= n; g++) {
                int a = m.caps[2 * g], b = m.caps[2 * g + 1];
                boolean ok = a >= 0 && b >= 0;
                regs[2 * g] = ok ? a : -1;
                regs[2 * g + 1] = ok ? b : -1;
            }
            PyStr str = string instanceof PyStr ps ? ps : null;
            byte[] data = str == null ? ((BytesLike) string).bytesData() : null;
            return new PyMatch(this, string, str, data, regs, m.lastindex, pos, endpos);
        }

        /** mode 0: match, 1: fullmatch, 2: search. */
        private PyObject run(PyObject string, PyObject posArg, PyObject endArg, int mode) {
            Text t = text(string);
            int pos = clamp(posArg, t.length);
            int end = clamp(endArg, t.length);
            if (end < pos) end = pos;
            Matcher m = new Matcher(prog, t, end, mode == 1);
            if (mode == 2) {
                int[] se = m.search(pos, -1);
                return se == null ? PyNone.NONE : result(m, string, se[0], se[1], pos, end);
            }
            int e = m.matchAt(pos, -1);
            return e < 0 ? PyNone.NONE : result(m, string, pos, e, pos, end);
        }

        @PyMethod
        public PyObject match(PyObject string, PyObject pos, PyObject endpos) {
            return run(string, pos, endpos, 0);
        }

        @PyMethod
        public PyObject fullmatch(PyObject string, PyObject pos, PyObject endpos) {
            return run(string, pos, endpos, 1);
        }

        @PyMethod
        public PyObject search(PyObject string, PyObject pos, PyObject endpos) {
            return run(string, pos, endpos, 2);
        }

        /**
         * scan(string, pos, endpos, count, matches): the successive non-overlapping matches
         * (at most count when count > 0), as Match objects or (matches false) as tuples of
         * spans; an empty match may not start where the previous match ended empty (CPython 3.7+).
         */
        @PyMethod
        public PyObject scan(PyObject[] args, String[] kwnames) {
            PyObject string = args[0], posArg = args[1], endArg = args[2], countArg = args[3];
            boolean matches = Abstract.isTrue(args[4]);
            int pos0;
            Text t = text(string);
            int pos = clamp(posArg, t.length);
            int end = clamp(endArg, t.length);
            if (end < pos) end = pos;
            long count = PyInt.asLong(countArg);
            Matcher m = new Matcher(prog, t, end, false);
            List<PyObject> out = new ArrayList<>();
            int noEmptyAt = -1;
            pos0 = pos;
            while (pos <= end && (count <= 0 || out.size() < count)) {
                int[] se = m.search(pos, noEmptyAt);
                if (se == null) break;
                out.add(matches ? result(m, string, se[0], se[1], pos0, end) : spans(m, se[0], se[1]));
                pos = se[1];
                noEmptyAt = se[0] == se[1] ? pos : -1;
            }
            return PyList.of(out);
        }

        /**
         * search_from(string, pos, endpos, start, no_empty_at): one step of a lazy scan
         * (finditer): the first Match from start, or None.
         */
        @PyMethod
        public PyObject search_from(PyObject[] args, String[] kwnames) {
            PyObject string = args[0], posArg = args[1], endArg = args[2], startArg = args[3], noEmpty = args[4];
            Text t = text(string);
            int pos = clamp(posArg, t.length);
            int end = clamp(endArg, t.length);
            if (end < pos) end = pos;
            int start = (int) PyInt.asLong(startArg);
            if (start > end) return PyNone.NONE;
            Matcher m = new Matcher(prog, t, end, false);
            int[] se = m.search(start, (int) PyInt.asLong(noEmpty));
            return se == null ? PyNone.NONE : result(m, string, se[0], se[1], pos, end);
        }
    }
}
