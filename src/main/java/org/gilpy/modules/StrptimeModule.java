package org.gilpy.modules;

import java.util.Map;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.TypeBuilder;

/**
 * {@code _strptime}: the parsing behind {@code datetime.strptime}, sharing time.strptime's
 * matcher ({@link Strptime}, {@link StrptimeFields}). {@code _strptime(string, format)}
 * returns {@code (struct_time, fraction, gmtoff_fraction)} as CPython's private function of
 * that name does: the microseconds of %f and of the seconds fraction of %z, which a
 * struct_time cannot hold.
 */
public final class StrptimeModule {
    private StrptimeModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_strptime");
        TypeBuilder.moduleFunctions(StrptimeModule.class, m).forEach(m::put);
        return m;
    }

    @PyMethod
    public static PyObject _strptime(PyObject string, PyObject format) {
        Map<Character, String> found = Strptime.match(string, format);
        TimeFields fields = new StrptimeFields(found).complete();
        int fraction = micros(found.get('f'));
        int gmtoffFraction = 0;
        String z = found.get('z');
        if (z != null && z.indexOf('.') >= 0) {
            gmtoffFraction = micros(z.substring(z.indexOf('.') + 1));
            if (z.charAt(0) == '-') gmtoffFraction = -gmtoffFraction;
        }
        return PyTuple.of(fields.toStruct(), PyInt.of(fraction), PyInt.of(gmtoffFraction));
    }

    /** Up to six digits read as the leading digits of a microsecond count ("5" is 500000). */
    private static int micros(String digits) {
        if (digits == null) return 0;
        return Integer.parseInt((digits + "000000").substring(0, 6));
    }
}
