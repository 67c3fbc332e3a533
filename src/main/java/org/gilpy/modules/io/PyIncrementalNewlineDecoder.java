package org.gilpy.modules.io;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyAttribute;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyGetter;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/**
 * {@code io.IncrementalNewlineDecoder(decoder, translate, errors='strict')}: wraps an
 * incremental decoder (or None, for input that is already str) and handles line endings
 * across chunk boundaries: a "\r" at the end of a chunk is held back ({@link #pendingCr})
 * until the next chunk shows whether "\n" follows. It records which endings it saw
 * ({@code newlines}) and, with translate, turns "\r\n" and "\r" into "\n".
 *
 * <p>State for {@code getstate}/{@code setstate} is the decoder's (buffer, flag) with the
 * flag shifted left one bit and the pending "\r" in bit 0.
 */
public class PyIncrementalNewlineDecoder extends PyObject {
    public static final PyType TYPE = IoModule.type("IncrementalNewlineDecoder", PyIncrementalNewlineDecoder.class,
            PyType.OBJECT, PyIncrementalNewlineDecoder::new);

    @PyAttribute("__module__")
    static final PyObject MODULE = PyStr.of("_io");

    private static final int CR = 1, LF = 2, CRLF = 4;

    /** The wrapped decoder, None for str input; null before {@code __init__}. */
    private PyObject decoder;
    private boolean translate, pendingCr;
    private int seen;

    public PyIncrementalNewlineDecoder(PyType type) {
        super(type);
    }

    @PyMethod
    public void __init__(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("IncrementalNewlineDecoder", args, kwnames,
                new String[] {"decoder", "translate", "errors"}, 2);
        decoder = a[0];
        translate = Abstract.isTrue(a[1]);
        seen = 0;
        pendingCr = false;
    }

    private PyObject decoder() {
        if (decoder == null) throw PyErr.valueError("IncrementalNewlineDecoder.__init__() not called");
        return decoder;
    }

    @PyMethod
    public PyObject decode(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("decode", args, kwnames, new String[] {"input", "final"}, 1);
        boolean last = a[1] != null && Abstract.isTrue(a[1]);
        PyObject d = decoder();
        PyObject out = d == PyNone.NONE ? a[0]
                : Abstract.callMethod(d, "decode", a[0], a[1] == null ? org.gilpy.objects.PyBool.FALSE : a[1]);
        if (!(out instanceof PyStr s)) {
            throw PyErr.typeError("decoder should return a string result, not '%s'", out.type.tpName());
        }
        String text = s.value;
        if (pendingCr && (!text.isEmpty() || last)) {
            text = "\r" + text;
            pendingCr = false;
        }
        if (!last && text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
            pendingCr = true;
        }
        boolean hasCr = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                seen |= LF;
            } else if (c == '\r') {
                hasCr = true;
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    seen |= CRLF;
                    i++;
                } else {
                    seen |= CR;
                }
            }
        }
        if (translate && hasCr) text = text.replace("\r\n", "\n").replace('\r', '\n');
        return text == s.value && out.type == PyStr.TYPE ? out : PyStr.of(text);
    }

    @PyMethod
    public PyObject getstate() {
        PyObject d = decoder();
        PyObject buffer = PyBytes.wrap(new byte[0]);
        long flag = 0;
        if (d != PyNone.NONE) {
            PyObject state = Abstract.callMethod(d, "getstate");
            if (!(state instanceof PyTuple t) || t.size() != 2) {
                throw PyErr.typeError("illegal decoder state");
            }
            buffer = t.get(0);
            flag = Abstract.index(t.get(1)).value;
        }
        flag <<= 1;
        if (pendingCr) flag |= 1;
        return PyTuple.of(buffer, PyInt.of(flag));
    }

    @PyMethod
    public void setstate(PyObject state) {
        PyObject d = decoder();
        if (!(state instanceof PyTuple t)) throw PyErr.typeError("state argument must be a tuple");
        if (t.size() != 2 || !(t.get(1) instanceof PyInt)) throw PyErr.typeError("setstate(): illegal state argument");
        long flag = Abstract.index(t.get(1)).value;
        pendingCr = (flag & 1) != 0;
        if (d != PyNone.NONE) Abstract.callMethod(d, "setstate", PyTuple.of(t.get(0), PyInt.of(flag >> 1)));
    }

    @PyMethod
    public void reset() {
        PyObject d = decoder();
        seen = 0;
        pendingCr = false;
        if (d != PyNone.NONE) Abstract.callMethod(d, "reset");
    }

    /** None, one ending, or a tuple of them in the order "\r", "\n", "\r\n". */
    @PyGetter("newlines")
    public PyObject newlines() {
        decoder();
        java.util.List<PyObject> kinds = new java.util.ArrayList<>();
        if ((seen & CR) != 0) kinds.add(PyStr.of("\r"));
        if ((seen & LF) != 0) kinds.add(PyStr.of("\n"));
        if ((seen & CRLF) != 0) kinds.add(PyStr.of("\r\n"));
        if (kinds.isEmpty()) return PyNone.NONE;
        return kinds.size() == 1 ? kinds.get(0) : PyTuple.of(kinds.toArray(new PyObject[0]));
    }
}
