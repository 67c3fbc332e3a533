package org.gilpy.modules;

import java.text.Normalizer;
import java.util.Locale;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.TypeBuilder;

/**
 * The {@code unicodedata} module, answered from the JDK's Unicode tables
 * ({@link Character}, {@link Normalizer}). The JDK's Unicode version is newer than
 * CPython 3.11's 14.0.0, so {@code unidata_version} says which one it is, and characters
 * assigned or changed since 14.0 answer as the newer standard says. What the JDK does not
 * expose (combining classes, decompositions, east Asian widths, digit and numeric values)
 * is absent rather than approximated.
 */
public final class UnicodedataModule {
    private UnicodedataModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("unicodedata");
        TypeBuilder.moduleFunctions(UnicodedataModule.class, m).forEach(m::put);
        m.put("unidata_version", PyStr.of(unicodeVersion()));
        return m;
    }

    /** The Unicode version of this JDK's character data. */
    static String unicodeVersion() {
        int v = Runtime.version().feature();
        if (v >= 24) return "16.0.0";
        if (v >= 22) return "15.1.0";
        if (v >= 20) return "15.0.0";
        return "14.0.0";
    }

    /** The one code point of a str argument of length 1, or CPython's TypeError. */
    private static int codePoint(String fn, PyObject o) {
        if (o instanceof PyStr s) {
            String v = s.value;
            if (!v.isEmpty() && v.offsetByCodePoints(0, 1) == v.length()) return v.codePointAt(0);
        }
        // functions with an optional second argument number the first one, as CPython's do
        String which = fn.equals("name") || fn.equals("decimal") ? "argument 1" : "argument";
        throw PyErr.typeError("%s() %s must be a unicode character, not %s", fn, which, o.type.name);
    }

    // ---- names -------------------------------------------------------------------------

    private static final String[] L = split("G,GG,N,D,DD,R,M,B,BB,S,SS,,J,JJ,C,K,T,P,H");
    private static final String[] V = split("A,AE,YA,YAE,EO,E,YEO,YE,O,WA,WAE,OE,YO,U,WEO,WE,WI,YU,EU,YI,I");
    private static final String[] T = split(",G,GG,GS,N,NJ,NH,D,L,LG,LM,LB,LS,LT,LP,LH,M,B,BS,S,SS,NG,J,C,K,T,P,H");

    private static String[] split(String s) {
        return s.split(",", -1);
    }

    private static final int SBASE = 0xAC00, NCOUNT = 21 * 28, SCOUNT = 19 * NCOUNT;

    /** Whether cp is a CJK unified ideograph (their names are computed from the code point). */
    private static boolean ideograph(int cp) {
        String n = Character.getName(cp);
        return n != null && n.startsWith("CJK UNIFIED IDEOGRAPHS") && Character.isIdeographic(cp);
    }

    /** The character's name as CPython gives it, or null (controls, unassigned, private use). */
    static String nameOf(int cp) {
        int t = Character.getType(cp);
        if (t == Character.CONTROL || t == Character.UNASSIGNED || t == Character.PRIVATE_USE
                || t == Character.SURROGATE) {
            return null;
        }
        if (cp >= SBASE && cp < SBASE + SCOUNT) {
            int s = cp - SBASE;
            return "HANGUL SYLLABLE " + L[s / NCOUNT] + V[(s % NCOUNT) / 28] + T[s % 28];
        }
        if (ideograph(cp)) return String.format("CJK UNIFIED IDEOGRAPH-%X", cp);
        String n = Character.getName(cp);
        if (n == null) return null;
        if (n.startsWith("CJK COMPATIBILITY IDEOGRAPHS ")) return String.format("CJK COMPATIBILITY IDEOGRAPH-%X", cp);
        if (n.endsWith(String.format(" %X", cp)) || n.endsWith(String.format(" %04X", cp))) {
            // a name the JDK made up from the block (Tangut, Khitan, Nushu...): CPython 3.11
            // computes names only for CJK unified ideographs and Hangul syllables
            return null;
        }
        return n;
    }

    @PyMethod(optional = 1)
    public static PyObject name(PyObject chr, PyObject dflt) {
        String n = nameOf(codePoint("name", chr));
        if (n != null) return PyStr.of(n);
        if (dflt != null) return dflt;
        throw PyErr.valueError("no such name");
    }

    @PyMethod
    public static String lookup(PyObject nameArg) {
        String name;
        if (nameArg instanceof PyStr s) {
            name = s.value;
        } else if (nameArg instanceof org.gilpy.objects.BytesLike) {
            name = new String(org.gilpy.objects.BytesLike.exact(nameArg), java.nio.charset.StandardCharsets.ISO_8859_1);
        } else {
            throw PyErr.typeError("a bytes-like object is required, not '%s'", nameArg.type.name);
        }
        int cp = codePointOfName(name);
        if (cp < 0) throw PyErr.withArgs(PyExc.KeyError, PyStr.of("undefined character name '" + name + "'"));
        return Character.toString(cp);
    }

    /** The code point named n: computed names (Hangul syllables, CJK unified ideographs) in
     * upper case only, as CPython; other names in any case. -1 when there is none. */
    private static int codePointOfName(String n) {
        if (n.startsWith("HANGUL SYLLABLE ")) {
            String rest = n.substring("HANGUL SYLLABLE ".length());
            for (int s = 0; s < SCOUNT; s++) {
                if ((L[s / NCOUNT] + V[(s % NCOUNT) / 28] + T[s % 28]).equals(rest)) return SBASE + s;
            }
            return -1;
        }
        if (n.startsWith("CJK UNIFIED IDEOGRAPH-")) {
            String hex = n.substring("CJK UNIFIED IDEOGRAPH-".length());
            if ((hex.length() != 4 && hex.length() != 5) || !hex.matches("[0-9A-F]+")) return -1;
            int cp = Integer.parseInt(hex, 16);
            return ideograph(cp) ? cp : -1;
        }
        String u = n.toUpperCase(Locale.ROOT);
        if (u.startsWith("HANGUL SYLLABLE ") || u.startsWith("CJK UNIFIED IDEOGRAPH-")) return -1;
        if (u.startsWith("CJK COMPATIBILITY IDEOGRAPH-")) {
            String hex = u.substring("CJK COMPATIBILITY IDEOGRAPH-".length());
            try {
                int cp = Integer.parseInt(hex, 16);
                return cp <= 0x10ffff && u.equals(nameOf(cp)) ? cp : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        try {
            int cp = Character.codePointOf(u);
            return u.equals(nameOf(cp)) ? cp : -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    // ---- properties --------------------------------------------------------------------

    private static final String[] CATEGORY = new String[31];

    static {
        CATEGORY[Character.UNASSIGNED] = "Cn";
        CATEGORY[Character.UPPERCASE_LETTER] = "Lu";
        CATEGORY[Character.LOWERCASE_LETTER] = "Ll";
        CATEGORY[Character.TITLECASE_LETTER] = "Lt";
        CATEGORY[Character.MODIFIER_LETTER] = "Lm";
        CATEGORY[Character.OTHER_LETTER] = "Lo";
        CATEGORY[Character.NON_SPACING_MARK] = "Mn";
        CATEGORY[Character.ENCLOSING_MARK] = "Me";
        CATEGORY[Character.COMBINING_SPACING_MARK] = "Mc";
        CATEGORY[Character.DECIMAL_DIGIT_NUMBER] = "Nd";
        CATEGORY[Character.LETTER_NUMBER] = "Nl";
        CATEGORY[Character.OTHER_NUMBER] = "No";
        CATEGORY[Character.SPACE_SEPARATOR] = "Zs";
        CATEGORY[Character.LINE_SEPARATOR] = "Zl";
        CATEGORY[Character.PARAGRAPH_SEPARATOR] = "Zp";
        CATEGORY[Character.CONTROL] = "Cc";
        CATEGORY[Character.FORMAT] = "Cf";
        CATEGORY[Character.PRIVATE_USE] = "Co";
        CATEGORY[Character.SURROGATE] = "Cs";
        CATEGORY[Character.DASH_PUNCTUATION] = "Pd";
        CATEGORY[Character.START_PUNCTUATION] = "Ps";
        CATEGORY[Character.END_PUNCTUATION] = "Pe";
        CATEGORY[Character.CONNECTOR_PUNCTUATION] = "Pc";
        CATEGORY[Character.OTHER_PUNCTUATION] = "Po";
        CATEGORY[Character.MATH_SYMBOL] = "Sm";
        CATEGORY[Character.CURRENCY_SYMBOL] = "Sc";
        CATEGORY[Character.MODIFIER_SYMBOL] = "Sk";
        CATEGORY[Character.OTHER_SYMBOL] = "So";
        CATEGORY[Character.INITIAL_QUOTE_PUNCTUATION] = "Pi";
        CATEGORY[Character.FINAL_QUOTE_PUNCTUATION] = "Pf";
    }

    @PyMethod
    public static String category(PyObject chr) {
        return CATEGORY[Character.getType(codePoint("category", chr))];
    }

    private static final String[] BIDI = {"L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S", "WS",
        "ON", "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"};

    @PyMethod
    public static String bidirectional(PyObject chr) {
        int cp = codePoint("bidirectional", chr);
        if (Character.getType(cp) == Character.UNASSIGNED) return "";
        byte d = Character.getDirectionality(cp);
        return d < 0 || d >= BIDI.length ? "" : BIDI[d];
    }

    @PyMethod
    public static int mirrored(PyObject chr) {
        return Character.isMirrored(codePoint("mirrored", chr)) ? 1 : 0;
    }

    /** decimal(chr[, default]): the value of a decimal digit (general category Nd). */
    @PyMethod(optional = 1)
    public static PyObject decimal(PyObject chr, PyObject dflt) {
        int cp = codePoint("decimal", chr);
        if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
            return org.gilpy.objects.PyInt.of(Character.digit(cp, 10));
        }
        if (dflt != null) return dflt;
        throw PyErr.valueError("not a decimal");
    }

    // ---- normalization -----------------------------------------------------------------

    private static Normalizer.Form form(String fn, PyObject f) {
        if (!(f instanceof PyStr s)) throw PyErr.typeError("%s() argument 1 must be str, not %s", fn, f.type.name);
        return switch (s.value) {
            case "NFC" -> Normalizer.Form.NFC;
            case "NFD" -> Normalizer.Form.NFD;
            case "NFKC" -> Normalizer.Form.NFKC;
            case "NFKD" -> Normalizer.Form.NFKD;
            default -> throw PyErr.valueError("invalid normalization form");
        };
    }

    private static String str(String fn, int n, PyObject o) {
        if (o instanceof PyStr s) return s.value;
        throw PyErr.typeError("%s() argument %d must be str, not %s", fn, n, o.type.name);
    }

    @PyMethod
    public static PyObject normalize(PyObject f, PyObject s) {
        Normalizer.Form form = form("normalize", f);
        String v = str("normalize", 2, s);
        String r = Normalizer.normalize(v, form);
        return r.equals(v) ? s : PyStr.of(r);
    }

    @PyMethod
    public static boolean is_normalized(PyObject f, PyObject s) {
        Normalizer.Form form = form("is_normalized", f);
        return Normalizer.isNormalized(str("is_normalized", 2, s), form);
    }
}
