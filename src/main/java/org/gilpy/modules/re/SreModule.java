package org.gilpy.modules.re;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.BytesLike;
import org.gilpy.objects.PyBaseException;
import org.gilpy.objects.PyBytes;
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
 * {@link Engine}; its methods run the {@link Matcher} and return {@link PyMatch}es
 * ({@code re.Match}), or do a whole findall, split or sub in one call.
 */
public final class SreModule {
    private SreModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_sre");
        TypeBuilder.moduleFunctions(SreModule.class, m).forEach(m::put);
        m.put("Engine", Engine.TYPE);
        m.put("Match", PyMatch.TYPE);
        m.put("SRE_Scanner", PyScanner.TYPE);
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
            Engine engine = new Engine(prog, bytes, r.flags(), r.names());
            if ((flags & RegexParser.DEBUG) != 0) engine.debugText = DebugDump.dump(r.root());
            return engine;
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
        private PyObject owner = PyNone.NONE, expander = PyNone.NONE, templater = PyNone.NONE;
        /** The last astral str converted to code points, and the conversion. */
        private PyStr lastStr;
        private Text lastText;
        /** The parse tree as re.DEBUG prints it (compiled with DEBUG only). */
        private String debugText = "";
        /** The stack of the last finished Matcher, for the next one (see matcher()). */
        private int[] spareStack;

        Engine(Program prog, boolean bytes, int flags, Map<String, Integer> names) {
            super(TYPE);
            this.prog = prog;
            this.bytes = bytes;
            this.flags = flags;
            this.names = names;
        }

        /**
         * bind(pattern, expander, templater): the re.Pattern that Match.re returns, what
         * Match.expand calls, and what compiles a replacement template for sub
         * ({@code templater(pattern, repl)}: a list of texts and group numbers).
         */
        @PyMethod
        public void bind(PyObject pattern, PyObject expander, PyObject templater) {
            this.owner = pattern;
            this.expander = expander;
            this.templater = templater;
        }

        PyObject owner() { return owner; }

        PyObject expander() { return expander; }

        Map<String, Integer> names() { return names; }

        @PyGetter("flags")
        public int flags() { return flags; }

        /** dump(): the parse tree as re.DEBUG prints it. */
        @PyMethod
        public String dump() { return debugText; }

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
            throw PyErr.typeError("expected string or bytes-like object, got '%s'", s.type.tpName());
        }

        private static int clamp(PyObject o, int len) {
            long v = PyInt.asSsize(o);
            return (int) Math.max(0, Math.min(v, len));
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

        /** scanner(string, pos=0, endpos=sys.maxsize): Pattern.scanner. */
        @PyMethod
        public PyObject scanner(PyObject[] args, String[] kwnames) {
            PyObject[] a = stringPosEndpos("scanner", args, kwnames);
            Text t = text(a[0]);
            return new PyScanner(this, a[0], clamp(a[1], t.length), clamp(a[2], t.length));
        }

        /**
         * A Matcher over t, with the backtracking stack the last finished Matcher of this
         * pattern gave back (taken, so that a match started from inside another one, by a
         * sub callback, gets a fresh stack); {@link #done} gives it back.
         */
        private Matcher matcher(Text t, int end, boolean fullmatch) {
            int[] s = spareStack;
            spareStack = null;
            return new Matcher(prog, t, end, fullmatch, s);
        }

        private <T> T done(Matcher m, T result) {
            int[] s = m.stack();
            if (s.length <= SPARE_LIMIT) spareStack = s;  // a cached pattern must not hold a huge stack
            return result;
        }

        /** The largest stack (ints) an Engine keeps between matches. */
        private static final int SPARE_LIMIT = 4096;

        /** One step of a scanner: the match (search: the first) from start, or null. */
        PyMatch step(PyObject string, int pos, int end, int start, int noEmptyAt, boolean search) {
            Text t = text(string);
            end = Math.min(end, t.length);
            if (search && (end < pos || start > end)) return null;
            Matcher m = matcher(t, end, false);
            if (search) {
                int[] se = m.search(start, noEmptyAt);
                return done(m, se == null ? null : result(m, string, se[0], se[1], pos, end));
            }
            int e = m.matchAt(start, noEmptyAt);
            return done(m, e < 0 ? null : result(m, string, start, e, pos, end));
        }

        /** mode 0: match, 1: fullmatch, 2: search. */
        private PyObject run(PyObject string, PyObject posArg, PyObject endArg, int mode) {
            Text t = text(string);
            int pos = clamp(posArg, t.length);
            int end = clamp(endArg, t.length);
            // endpos before pos: CPython's search and fullmatch find nothing, while match still
            // runs, where only what consumes nothing (and no single-character repeat) can match
            if (end < pos && mode != 0) return PyNone.NONE;
            Matcher m = matcher(t, end, mode == 1);
            if (mode == 2) {
                int[] se = m.search(pos, -1);
                return done(m, se == null ? PyNone.NONE : result(m, string, se[0], se[1], pos, end));
            }
            int e = m.matchAt(pos, -1);
            return done(m, e < 0 ? PyNone.NONE : result(m, string, pos, e, pos, end));
        }

        private static final String[] STRING_POS_ENDPOS = {"string", "pos", "endpos"};
        private static final PyObject MAXSIZE = PyInt.of(Long.MAX_VALUE);

        /** The arguments (string, pos=0, endpos=sys.maxsize) of match, search, findall, ... */
        private static PyObject[] stringPosEndpos(String fname, PyObject[] args, String[] kwnames) {
            if (args.length == 1 && (kwnames == null || kwnames.length == 0)) {
                return new PyObject[] {args[0], PyInt.of(0), MAXSIZE};
            }
            PyObject[] a = ArgParser.parse(fname, args, kwnames, STRING_POS_ENDPOS, 1);
            if (a[1] == null) a[1] = PyInt.of(0);
            if (a[2] == null) a[2] = MAXSIZE;
            return a;
        }

        /** match(string, pos=0, endpos=sys.maxsize): Pattern.match. */
        @PyMethod
        public PyObject match(PyObject[] args, String[] kwnames) {
            PyObject[] a = stringPosEndpos("match", args, kwnames);
            return run(a[0], a[1], a[2], 0);
        }

        /** fullmatch(string, pos=0, endpos=sys.maxsize): Pattern.fullmatch. */
        @PyMethod
        public PyObject fullmatch(PyObject[] args, String[] kwnames) {
            PyObject[] a = stringPosEndpos("fullmatch", args, kwnames);
            return run(a[0], a[1], a[2], 1);
        }

        /** search(string, pos=0, endpos=sys.maxsize): Pattern.search. */
        @PyMethod
        public PyObject search(PyObject[] args, String[] kwnames) {
            PyObject[] a = stringPosEndpos("search", args, kwnames);
            return run(a[0], a[1], a[2], 2);
        }

        /** The text between two indexes of a subject (str, or bytes for any bytes-like object). */
        private static PyObject slice(PyObject string, int s, int e) {
            if (string instanceof PyStr str) return str.slice(s, e, 1, e - s);
            return PyBytes.wrap(Arrays.copyOfRange(((BytesLike) string).bytesData(), s, e));
        }

        private PyObject group(Matcher m, PyObject string, int g, PyObject dflt) {
            int a = m.caps[2 * g], b = m.caps[2 * g + 1];
            return a >= 0 && b >= 0 ? slice(string, a, b) : dflt;
        }

        private PyObject empty() {
            return bytes ? PyBytes.EMPTY : PyStr.EMPTY;
        }

        /** findall(string, pos=0, endpos=sys.maxsize): Pattern.findall. */
        @PyMethod
        public PyObject findall(PyObject[] args, String[] kwnames) {
            PyObject[] a = stringPosEndpos("findall", args, kwnames);
            PyObject string = a[0], posArg = a[1], endArg = a[2];
            Text t = text(string);
            int pos = clamp(posArg, t.length);
            int end = clamp(endArg, t.length);
            List<PyObject> out = new ArrayList<>();
            if (end < pos) return PyList.of(out);
            Matcher m = matcher(t, end, false);
            int noEmptyAt = -1;
            int n = prog.groups;
            PyObject empty = empty();
            while (pos <= end) {
                int[] se = m.search(pos, noEmptyAt);
                if (se == null) break;
                if (n == 0) out.add(slice(string, se[0], se[1]));
                else if (n == 1) out.add(group(m, string, 1, empty));
                else {
                    PyObject[] items = new PyObject[n];
                    for (int g = 1; g <= n; g++) items[g - 1] = group(m, string, g, empty);
                    out.add(PyTuple.of(items));
                }
                pos = se[1];
                noEmptyAt = se[0] == se[1] ? pos : -1;
            }
            return done(m, PyList.of(out));
        }

        /** split(string, maxsplit=0): Pattern.split. */
        @PyMethod
        public PyObject split(PyObject[] args, String[] kwnames) {
            PyObject[] a = ArgParser.parse("split", args, kwnames, new String[] {"string", "maxsplit"}, 1);
            PyObject string = a[0];
            Text t = text(string);
            long maxsplit = a[1] == null ? 0 : PyInt.asLong(a[1]);
            List<PyObject> out = new ArrayList<>();
            if (maxsplit < 0) {
                out.add(slice(string, 0, t.length));
                return PyList.of(out);
            }
            Matcher m = matcher(t, t.length, false);
            int pos = 0, last = 0, noEmptyAt = -1, done = 0;
            while (pos <= t.length && (maxsplit == 0 || done < maxsplit)) {
                int[] se = m.search(pos, noEmptyAt);
                if (se == null) break;
                out.add(slice(string, last, se[0]));
                for (int g = 1; g <= prog.groups; g++) out.add(group(m, string, g, PyNone.NONE));
                last = se[1];
                pos = se[1];
                noEmptyAt = se[0] == se[1] ? pos : -1;
                done++;
            }
            out.add(slice(string, last, t.length));
            return done(m, PyList.of(out));
        }

        private static final String[] REPL_STRING_COUNT = {"repl", "string", "count"};

        /** sub(repl, string, count=0): Pattern.sub. */
        @PyMethod
        public PyObject sub(PyObject[] args, String[] kwnames) {
            return ((PyTuple) subn("sub", args, kwnames)).get(0);
        }

        /** subn(repl, string, count=0): Pattern.subn. */
        @PyMethod
        public PyObject subn(PyObject[] args, String[] kwnames) {
            return subn("subn", args, kwnames);
        }

        private PyObject subn(String fname, PyObject[] args, String[] kwnames) {
            PyObject[] a = ArgParser.parse(fname, args, kwnames, REPL_STRING_COUNT, 2);
            PyObject repl = a[0];
            long count = a[2] == null ? 0 : PyInt.asLong(a[2]);
            PyObject template = Abstract.isCallable(repl) ? PyNone.NONE : Abstract.call(templater, owner, repl);
            return subx(repl, a[1], count, template);
        }

        /**
         * The (new_string, number_of_subs) of a sub: template is the compiled replacement (a
         * list of texts and group numbers), or None when repl is called with each Match.
         */
        private PyObject subx(PyObject repl, PyObject string, long count, PyObject template) {
            Text t = text(string);
            PyObject[] pieces = template == PyNone.NONE ? null : ((PyList) template).toArray();
            StringBuilder sb = bytes ? null : new StringBuilder();
            java.io.ByteArrayOutputStream bb = bytes ? new java.io.ByteArrayOutputStream() : null;
            int items = 0, subs = 0;
            int last = 0;
            if (count >= 0) {
                Matcher m = matcher(t, t.length, false);
                int pos = 0, noEmptyAt = -1;
                while (pos <= t.length && (count == 0 || subs < count)) {
                    int[] se = m.search(pos, noEmptyAt);
                    if (se == null) break;
                    if (last < se[0]) {
                        append(sb, bb, slice(string, last, se[0]));
                        items++;
                    }
                    if (pieces == null) {
                        PyObject r = Abstract.call(repl, result(m, string, se[0], se[1], 0, t.length));
                        if (r != PyNone.NONE) {
                            if (bytes ? !(r instanceof BytesLike) : !(r instanceof PyStr)) {
                                throw PyErr.typeError(bytes ? "sequence item %d: expected a bytes-like object, %s found"
                                        : "sequence item %d: expected str instance, %s found", items, r.type.tpName());
                            }
                            append(sb, bb, r);
                            items++;
                        }
                    } else {
                        m.caps[0] = se[0];  // the matcher leaves group 0's slots to its caller
                        m.caps[1] = se[1];
                        for (PyObject piece : pieces) {
                            if (piece instanceof PyInt gi) {
                                PyObject g = group(m, string, (int) PyInt.asLong(gi), null);
                                if (g != null) append(sb, bb, g);
                            } else {
                                append(sb, bb, piece);
                            }
                        }
                        items++;
                    }
                    subs++;
                    last = se[1];
                    pos = se[1];
                    noEmptyAt = se[0] == se[1] ? pos : -1;
                }
                done(m, null);
            }
            if (subs == 0 && string instanceof PyStr && string.type == PyStr.TYPE) return PyTuple.of(string, PyInt.of(0));
            append(sb, bb, slice(string, last, t.length));
            PyObject res = bytes ? PyBytes.wrap(bb.toByteArray()) : PyStr.of(sb.toString());
            return PyTuple.of(res, PyInt.of(subs));
        }

        private static void append(StringBuilder sb, java.io.ByteArrayOutputStream bb, PyObject piece) {
            if (sb != null) sb.append(((PyStr) piece).value);
            else bb.write(((BytesLike) piece).bytesData(), 0, ((BytesLike) piece).bytesLength());
        }
    }
}
