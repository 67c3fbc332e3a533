package org.gilpy.modules.unicodedata;

import java.nio.charset.StandardCharsets;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyGetter;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PySetter;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/**
 * {@code unicodedata.UCD}: a version of the character database as an object. The one
 * instance is {@code ucd_3_2_0}; Python cannot create others. The static methods here
 * are the functions themselves, shared by the module (with the 14.0 database) and by the
 * instance's methods: argument checks and messages as CPython 3.11 gives them.
 */
public final class PyUcd extends PyObject {
    public static final PyType TYPE = PyType.builtin("UCD", PyUcd.class, PyType.OBJECT, null);

    static {
        TYPE.dict().put(PyStr.of("__module__"), PyStr.of("unicodedata"));
        TYPE.baseType = false;
    }

    private final String version;

    /** ucd_3_2_0 (its data is read on first use). */
    PyUcd() {
        super(TYPE);
        this.version = "3.2.0";
    }

    private Ucd db() {
        return Ucd.v3_2();
    }

    @PyGetter("unidata_version")
    public String unidata_version() {
        return version;
    }

    /** unidata_version is a read-only member in CPython, whose message this is. */
    @PySetter("unidata_version")
    public void set_unidata_version(PyObject value) {
        throw PyErr.format(PyExc.AttributeError, "readonly attribute");
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        throw PyErr.typeError("cannot create 'unicodedata.UCD' instances");
    }

    // ---- docs, shared with the module's functions ----------------------------------------

    static final String DOC_DECIMAL = "Converts a Unicode character into its equivalent decimal value.\n\n"
            + "Returns the decimal value assigned to the character chr as integer.\n"
            + "If no such value is defined, default is returned, or, if not given,\nValueError is raised.";
    static final String DOC_DIGIT = "Converts a Unicode character into its equivalent digit value.\n\n"
            + "Returns the digit value assigned to the character chr as integer.\n"
            + "If no such value is defined, default is returned, or, if not given,\nValueError is raised.";
    static final String DOC_NUMERIC = "Converts a Unicode character into its equivalent numeric value.\n\n"
            + "Returns the numeric value assigned to the character chr as float.\n"
            + "If no such value is defined, default is returned, or, if not given,\nValueError is raised.";
    static final String DOC_CATEGORY = "Returns the general category assigned to the character chr as string.";
    static final String DOC_BIDIRECTIONAL = "Returns the bidirectional class assigned to the character chr as string.\n\n"
            + "If no such value is defined, an empty string is returned.";
    static final String DOC_COMBINING = "Returns the canonical combining class assigned to the character chr as integer.\n\n"
            + "Returns 0 if no combining class is defined.";
    static final String DOC_EAST_ASIAN_WIDTH = "Returns the east asian width assigned to the character chr as string.";
    static final String DOC_MIRRORED = "Returns the mirrored property assigned to the character chr as integer.\n\n"
            + "Returns 1 if the character has been identified as a \"mirrored\"\n"
            + "character in bidirectional text, 0 otherwise.";
    static final String DOC_DECOMPOSITION = "Returns the character decomposition mapping assigned to the character chr as string.\n\n"
            + "An empty string is returned in case no such mapping is defined.";
    static final String DOC_NAME = "Returns the name assigned to the character chr as a string.\n\n"
            + "If no name is defined, default is returned, or, if not given,\nValueError is raised.";
    static final String DOC_LOOKUP = "Look up character by name.\n\n"
            + "If a character with the given name is found, return the\n"
            + "corresponding character.  If not found, KeyError is raised.";
    static final String DOC_IS_NORMALIZED = "Return whether the Unicode string unistr is in the normal form 'form'.\n\n"
            + "Valid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'.";
    static final String DOC_NORMALIZE = "Return the normal form 'form' for the Unicode string unistr.\n\n"
            + "Valid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'.";

    // ---- the functions ---------------------------------------------------------------------

    /** The one code point of a str of length 1, or CPython's TypeError ("argument 1" where a default may follow). */
    private static int codePoint(String fn, boolean numbered, PyObject o) {
        if (o instanceof PyStr s) {
            String v = s.value;
            if (!v.isEmpty() && v.offsetByCodePoints(0, 1) == v.length()) return v.codePointAt(0);
        }
        throw PyErr.typeError("%s() %s must be a unicode character, not %s", fn, numbered ? "argument 1" : "argument",
                typeName(o));
    }

    static PyObject decimal(Ucd db, PyObject chr, PyObject dflt) {
        int v = db.decimal.getInt(codePoint("decimal", true, chr));
        if (v >= 0) return PyInt.of(v);
        if (dflt != null) return dflt;
        throw PyErr.valueError("not a decimal");
    }

    static PyObject digit(Ucd db, PyObject chr, PyObject dflt) {
        int v = db.digit.getInt(codePoint("digit", true, chr));
        if (v >= 0) return PyInt.of(v);
        if (dflt != null) return dflt;
        throw PyErr.valueError("not a digit");
    }

    static PyObject numeric(Ucd db, PyObject chr, PyObject dflt) {
        String v = db.numeric.get(codePoint("numeric", true, chr));
        if (!v.isEmpty()) return PyFloat.of(Double.parseDouble(v));
        if (dflt != null) return dflt;
        throw PyErr.valueError("not a numeric character");
    }

    static String category(Ucd db, PyObject chr) {
        return db.category.get(codePoint("category", false, chr));
    }

    static String bidirectional(Ucd db, PyObject chr) {
        return db.bidirectional.get(codePoint("bidirectional", false, chr));
    }

    static int combining(Ucd db, PyObject chr) {
        return db.combining.getInt(codePoint("combining", false, chr));
    }

    static String east_asian_width(Ucd db, PyObject chr) {
        return db.eastAsianWidth.get(codePoint("east_asian_width", false, chr));
    }

    static int mirrored(Ucd db, PyObject chr) {
        return db.mirrored.getInt(codePoint("mirrored", false, chr));
    }

    static String decomposition(Ucd db, PyObject chr) {
        return db.decomposition.get(codePoint("decomposition", false, chr));
    }

    static PyObject name(Ucd db, PyObject chr, PyObject dflt) {
        int cp = codePoint("name", true, chr);
        String n = db.named.is(cp) ? Ucd.names().name(cp) : null;
        if (n != null) return PyStr.of(n);
        if (dflt != null) return dflt;
        throw PyErr.valueError("no such name");
    }

    /** Names longer than this many bytes are refused before any search. */
    private static final int NAME_MAX = 256;

    static String lookup(Ucd db, PyObject arg) {
        byte[] utf8;
        if (arg instanceof PyStr s) {
            utf8 = utf8(s.value);
        } else if (arg instanceof PyBytes) {
            utf8 = org.gilpy.objects.BytesLike.exact(arg);
        } else if (arg instanceof org.gilpy.objects.BytesLike) {
            throw PyErr.typeError("lookup() argument must be read-only bytes-like object, not %s", arg.type.tpName());
        } else {
            throw PyErr.typeError("a bytes-like object is required, not '%s'", arg.type.tpName());
        }
        if (utf8.length > NAME_MAX) throw PyErr.withArgs(PyExc.KeyError, PyStr.of("name too long"));
        int[] cps = Ucd.names().lookup(db, new String(utf8, StandardCharsets.ISO_8859_1));
        if (cps == null) {
            // the name as C sees it: UTF-8 up to the first NUL, undecodable bytes replaced
            int end = 0;
            while (end < utf8.length && utf8[end] != 0) end++;
            String shown = new String(utf8, 0, end, StandardCharsets.UTF_8);
            throw PyErr.withArgs(PyExc.KeyError, PyStr.of("undefined character name '" + shown + "'"));
        }
        return new String(cps, 0, cps.length);
    }

    /** The UTF-8 of s, or UnicodeEncodeError for a lone surrogate as CPython's encoder reports it. */
    private static byte[] utf8(String s) {
        for (int i = 0, pos = 0; i < s.length(); i++, pos++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw PyErr.unicodeEncodeError("utf-8", s, pos, pos + 1, "surrogates not allowed");
            }
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** How CPython's argument errors name the type of o ("None" for None). */
    private static String typeName(PyObject o) {
        return o == PyNone.NONE ? "None" : o.type.name;
    }

    private static String form(String fn, PyObject f, PyObject s) {
        if (!(f instanceof PyStr fs)) throw PyErr.typeError("%s() argument 1 must be str, not %s", fn, typeName(f));
        if (!(s instanceof PyStr)) throw PyErr.typeError("%s() argument 2 must be str, not %s", fn, typeName(s));
        return switch (fs.value) {
            case "NFC", "NFD", "NFKC", "NFKD" -> fs.value;
            default -> throw PyErr.valueError("invalid normalization form");
        };
    }

    static PyObject normalize(Ucd db, PyObject f, PyObject s) {
        String form = form("normalize", f, s);
        String v = ((PyStr) s).value;
        String r = UcdNormalizer.of(db).normalize(form, v);
        return r.equals(v) ? s : PyStr.of(r);
    }

    static boolean is_normalized(Ucd db, PyObject f, PyObject s) {
        String form = form("is_normalized", f, s);
        String v = ((PyStr) s).value;
        return UcdNormalizer.of(db).normalize(form, v).equals(v);
    }

    // ---- ucd_3_2_0's methods ---------------------------------------------------------------

    @PyMethod(optional = 1, doc = DOC_DECIMAL)
    public PyObject decimal(PyObject chr, PyObject dflt) { return decimal(db(), chr, dflt); }

    @PyMethod(optional = 1, doc = DOC_DIGIT)
    public PyObject digit(PyObject chr, PyObject dflt) { return digit(db(), chr, dflt); }

    @PyMethod(optional = 1, doc = DOC_NUMERIC)
    public PyObject numeric(PyObject chr, PyObject dflt) { return numeric(db(), chr, dflt); }

    @PyMethod(doc = DOC_CATEGORY)
    public String category(PyObject chr) { return category(db(), chr); }

    @PyMethod(doc = DOC_BIDIRECTIONAL)
    public String bidirectional(PyObject chr) { return bidirectional(db(), chr); }

    @PyMethod(doc = DOC_COMBINING)
    public int combining(PyObject chr) { return combining(db(), chr); }

    @PyMethod(doc = DOC_EAST_ASIAN_WIDTH)
    public String east_asian_width(PyObject chr) { return east_asian_width(db(), chr); }

    @PyMethod(doc = DOC_MIRRORED)
    public int mirrored(PyObject chr) { return mirrored(db(), chr); }

    @PyMethod(doc = DOC_DECOMPOSITION)
    public String decomposition(PyObject chr) { return decomposition(db(), chr); }

    @PyMethod(optional = 1, doc = DOC_NAME)
    public PyObject name(PyObject chr, PyObject dflt) { return name(db(), chr, dflt); }

    @PyMethod(doc = DOC_LOOKUP)
    public String lookup(PyObject name) { return lookup(db(), name); }

    @PyMethod(doc = DOC_IS_NORMALIZED)
    public boolean is_normalized(PyObject form, PyObject s) { return is_normalized(db(), form, s); }

    @PyMethod(doc = DOC_NORMALIZE)
    public PyObject normalize(PyObject form, PyObject s) { return normalize(db(), form, s); }
}
