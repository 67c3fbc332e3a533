package org.gilpy.modules.re;

import java.util.Arrays;
import java.util.Map;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyGenericAlias;
import org.gilpy.objects.PyGetter;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/**
 * {@code re.Match}: the result of a successful match. Holds the spans of the groups
 * ({@link #regs}: start and end per group, -1 for a group that did not take part) and
 * slices the subject on demand. Group texts of a bytes-like subject are bytes, as in
 * CPython.
 */
public final class PyMatch extends PyObject {
    public static final PyType TYPE = PyType.builtin("Match", PyMatch.class, PyType.OBJECT, null);

    static {
        TYPE.dict().put(PyStr.of("__module__"), PyStr.of("re"));
        TYPE.baseType = false;
        PyGenericAlias.installClassGetItem(TYPE);
    }

    private final SreModule.Engine engine;
    private final PyObject string;
    /** The subject as str, or its bytes (only [0, its length at match time) is read). */
    private final PyStr str;
    private final byte[] bytes;
    private final int[] regs;
    private final int lastindex;
    private final int pos, endpos;

    PyMatch(SreModule.Engine engine, PyObject string, PyStr str, byte[] bytes, int[] regs, int lastindex, int pos,
            int endpos) {
        super(TYPE);
        this.engine = engine;
        this.string = string;
        this.str = str;
        this.bytes = bytes;
        this.regs = regs;
        this.lastindex = lastindex;
        this.pos = pos;
        this.endpos = endpos;
    }

    int startOf(int g) { return regs[2 * g]; }

    int endOf(int g) { return regs[2 * g + 1]; }

    private int groupCount() {
        return regs.length / 2 - 1;
    }

    /** The group number of a group argument (int or name), or IndexError "no such group". */
    private int index(PyObject g) {
        if (g instanceof PyInt i) {
            if (i.big == null && i.signum() >= 0) {
                long v = PyInt.asLong(i);
                if (v <= groupCount()) return (int) v;
            }
        } else if (g instanceof PyStr s) {
            Integer n = engine.names().get(s.value);
            if (n != null) return n;
        } else if (g.type.lookup("__index__") != null) {
            return index(Abstract.callMethod(g, "__index__"));
        }
        throw PyErr.indexError("no such group");
    }

    /** The text of group g, or dflt when it did not take part. */
    PyObject text(int g, PyObject dflt) {
        int s = regs[2 * g], e = regs[2 * g + 1];
        if (s < 0 || e < 0) return dflt;
        if (str != null) return str.slice(s, e, 1, e - s);
        return PyBytes.wrap(Arrays.copyOfRange(bytes, s, e));
    }

    @PyMethod
    public PyObject group(PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw PyErr.typeError("group() takes no keyword arguments");
        if (args.length == 0) return text(0, PyNone.NONE);
        if (args.length == 1) return text(index(args[0]), PyNone.NONE);
        PyObject[] out = new PyObject[args.length];
        for (int k = 0; k < args.length; k++) out[k] = text(index(args[k]), PyNone.NONE);
        return PyTuple.of(out);
    }

    @PyMethod
    public PyObject __getitem__(PyObject g) {
        return text(index(g), PyNone.NONE);
    }

    @PyMethod
    public PyObject groups(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("groups", args, kwnames, new String[] {"default"}, 0);
        PyObject dflt = a[0] == null ? PyNone.NONE : a[0];
        int n = groupCount();
        PyObject[] out = new PyObject[n];
        for (int g = 1; g <= n; g++) out[g - 1] = text(g, dflt);
        return PyTuple.of(out);
    }

    @PyMethod
    public PyObject groupdict(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("groupdict", args, kwnames, new String[] {"default"}, 0);
        PyObject dflt = a[0] == null ? PyNone.NONE : a[0];
        PyDict d = new PyDict();
        for (Map.Entry<String, Integer> e : engine.names().entrySet()) d.put(e.getKey(), text(e.getValue(), dflt));
        return d;
    }

    private int groupArg(PyObject[] args, String[] kwnames, String name) {
        if (args.length == 0) return 0;
        if (args.length == 1 && (kwnames == null || kwnames.length == 0)) return index(args[0]);
        PyObject[] a = ArgParser.parse(name, args, kwnames, new String[] {"group"}, 0);
        return a[0] == null ? 0 : index(a[0]);
    }

    @PyMethod
    public int start(PyObject[] args, String[] kwnames) {
        return regs[2 * groupArg(args, kwnames, "start")];
    }

    @PyMethod
    public int end(PyObject[] args, String[] kwnames) {
        return regs[2 * groupArg(args, kwnames, "end") + 1];
    }

    @PyMethod
    public PyObject span(PyObject[] args, String[] kwnames) {
        int g = groupArg(args, kwnames, "span");
        return PyTuple.of(PyInt.of(regs[2 * g]), PyInt.of(regs[2 * g + 1]));
    }

    @PyMethod
    public PyObject expand(PyObject template) {
        return Abstract.call(engine.expander(), this, template);
    }

    @PyGetter("lastindex")
    public PyObject lastindex() {
        return lastindex < 0 ? PyNone.NONE : PyInt.of(lastindex);
    }

    @PyGetter("lastgroup")
    public PyObject lastgroup() {
        if (lastindex < 0) return PyNone.NONE;
        for (Map.Entry<String, Integer> e : engine.names().entrySet()) {
            if (e.getValue() == lastindex) return PyStr.of(e.getKey());
        }
        return PyNone.NONE;
    }

    @PyGetter("regs")
    public PyObject regs() {
        int n = regs.length / 2;
        PyObject[] out = new PyObject[n];
        for (int g = 0; g < n; g++) out[g] = PyTuple.of(PyInt.of(regs[2 * g]), PyInt.of(regs[2 * g + 1]));
        return PyTuple.of(out);
    }

    @PyGetter("re")
    public PyObject re() { return engine.owner(); }

    @PyGetter("string")
    public PyObject string() { return string; }

    @PyGetter("pos")
    public int pos() { return pos; }

    @PyGetter("endpos")
    public int endpos() { return endpos; }

    @PyMethod
    public String __repr__() {
        String m = Abstract.repr(text(0, PyNone.NONE)).value;
        if (m.codePointCount(0, m.length()) > 50) m = m.substring(0, m.offsetByCodePoints(0, 50));
        return "<re.Match object; span=(" + regs[0] + ", " + regs[1] + "), match=" + m + ">";
    }

    @PyMethod
    public PyObject __copy__() { return this; }

    @PyMethod
    public PyObject __deepcopy__(PyObject memo) { return this; }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        throw PyErr.typeError("cannot create 're.Match' instances");
    }
}
