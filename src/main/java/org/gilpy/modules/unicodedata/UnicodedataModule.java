package org.gilpy.modules.unicodedata;

import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.TypeBuilder;

/**
 * The {@code unicodedata} module: CPython 3.11's Unicode 14.0.0 database, with the
 * {@link PyUcd UCD} type and {@code ucd_3_2_0}. Importing it reads nothing; the data file
 * is read on the first question ({@link Ucd}).
 */
public final class UnicodedataModule {
    private UnicodedataModule() {}

    static final String DOC = """
            This module provides access to the Unicode Character Database which
            defines character properties for all Unicode characters. The data in
            this database is based on the UnicodeData.txt file version
            14.0.0 which is publicly available from ftp://ftp.unicode.org/.

            The module uses the same names and symbols as defined by the
            UnicodeData File Format 14.0.0.""";

    public static PyModule create() {
        PyModule m = new PyModule("unicodedata");
        TypeBuilder.moduleFunctions(UnicodedataModule.class, m).forEach(m::put);
        m.put("__doc__", PyStr.of(DOC));
        m.put("unidata_version", PyStr.of("14.0.0"));
        m.put("UCD", PyUcd.TYPE);
        m.put("ucd_3_2_0", new PyUcd());
        return m;
    }

    @PyMethod(optional = 1, doc = PyUcd.DOC_DECIMAL)
    public static PyObject decimal(PyObject chr, PyObject dflt) { return PyUcd.decimal(Ucd.v14(), chr, dflt); }

    @PyMethod(optional = 1, doc = PyUcd.DOC_DIGIT)
    public static PyObject digit(PyObject chr, PyObject dflt) { return PyUcd.digit(Ucd.v14(), chr, dflt); }

    @PyMethod(optional = 1, doc = PyUcd.DOC_NUMERIC)
    public static PyObject numeric(PyObject chr, PyObject dflt) { return PyUcd.numeric(Ucd.v14(), chr, dflt); }

    @PyMethod(doc = PyUcd.DOC_CATEGORY)
    public static String category(PyObject chr) { return PyUcd.category(Ucd.v14(), chr); }

    @PyMethod(doc = PyUcd.DOC_BIDIRECTIONAL)
    public static String bidirectional(PyObject chr) { return PyUcd.bidirectional(Ucd.v14(), chr); }

    @PyMethod(doc = PyUcd.DOC_COMBINING)
    public static int combining(PyObject chr) { return PyUcd.combining(Ucd.v14(), chr); }

    @PyMethod(doc = PyUcd.DOC_EAST_ASIAN_WIDTH)
    public static String east_asian_width(PyObject chr) { return PyUcd.east_asian_width(Ucd.v14(), chr); }

    @PyMethod(doc = PyUcd.DOC_MIRRORED)
    public static int mirrored(PyObject chr) { return PyUcd.mirrored(Ucd.v14(), chr); }

    @PyMethod(doc = PyUcd.DOC_DECOMPOSITION)
    public static String decomposition(PyObject chr) { return PyUcd.decomposition(Ucd.v14(), chr); }

    @PyMethod(optional = 1, doc = PyUcd.DOC_NAME)
    public static PyObject name(PyObject chr, PyObject dflt) { return PyUcd.name(Ucd.v14(), chr, dflt); }

    @PyMethod(doc = PyUcd.DOC_LOOKUP)
    public static String lookup(PyObject name) { return PyUcd.lookup(Ucd.v14(), name); }

    @PyMethod(doc = PyUcd.DOC_IS_NORMALIZED)
    public static boolean is_normalized(PyObject form, PyObject s) { return PyUcd.is_normalized(Ucd.v14(), form, s); }

    @PyMethod(doc = PyUcd.DOC_NORMALIZE)
    public static PyObject normalize(PyObject form, PyObject s) { return PyUcd.normalize(Ucd.v14(), form, s); }
}
