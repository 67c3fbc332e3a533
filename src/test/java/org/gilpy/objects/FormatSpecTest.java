package org.gilpy.objects;

import static org.gilpy.objects.PyAsserts.*;
import static org.junit.jupiter.api.Assertions.*;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

/**
 * The format-spec mini-language: {@link FormatSpec} parsing and {@link NumberFormatter}
 * for int, bool and float (complex is in PyComplexTest). FORMAT rows are
 * {kind (i, b, f), value, spec, CPython 3.11's format(value, spec) or its exception}.
 */
class FormatSpecTest {

    private static final String[][] FORMAT = {
            {"i", "1234", "010,", "OK '00,001,234'"},
            {"i", "1234", "09,", "OK '0,001,234'"},
            {"i", "1234", "08,", "OK '0,001,234'"},
            {"i", "1234", "07,", "OK '001,234'"},
            {"i", "-1234", "010,", "OK '-0,001,234'"},
            {"i", "1234", "010_x", "OK '0_0000_04d2'"},
            {"i", "255", "#010_b", "OK '0b1111_1111'"},
            {"f", "1234.5", "012,.2f", "OK '0,001,234.50'"},
            {"f", "1234.5", "011,.2f", "OK '0,001,234.50'"},
            {"f", "-1234.5", "=+12,.1f", "OK '-    1,234.5'"},
            {"f", "nan", "+", "OK '+nan'"},
            {"f", "nan", "", "OK 'nan'"},
            {"f", "-0.0", "z", "OK '0.0'"},
            {"f", "-0.0", "z.1f", "OK '0.0'"},
            {"f", "-0.001", "z.1f", "OK '0.0'"},
            {"f", "0.0", "", "OK '0.0'"},
            {"f", "1e+16", ".17", "OK '1e+16'"},
            {"f", "1.0", ".3", "OK '1.0'"},
            {"f", "100.0", ".3", "OK '1e+02'"},
            {"f", "1e-05", "", "OK '1e-05'"},
            {"f", "123456789.0", ".3", "OK '1.23e+08'"},
            {"f", "0.0001", ".3", "OK '0.0001'"},
            {"f", "1.5", "#", "OK '1.5'"},
            {"f", "1.0", "#", "OK '1.0'"},
            {"f", "1e+20", "#", "OK '1.e+20'"},
            {"f", "1e+20", "#.3", "OK '1.00e+20'"},
            {"f", "1.0", "#.3", "OK '1.00'"},
            {"f", "1.0", "#.0e", "OK '1.e+00'"},
            {"f", "1.0", "#.0f", "OK '1.'"},
            {"f", "1.0", "#.0%", "OK '100.%'"},
            {"f", "12.0", "#g", "OK '12.0000'"},
            {"f", "12.0", "#.0g", "OK '1.e+01'"},
            {"f", "12.0", ".0g", "OK '1e+01'"},
            {"f", "1.0", "n", "OK '1'"},
            {"f", "1234567.0", "n", "OK '1.23457e+06'"},
            {"f", "1234567.0", ",g", "OK '1.23457e+06'"},
            {"f", "1234567.0", ",e", "OK '1.234567e+06'"},
            {"f", "1234567.0", ",.20g", "OK '1,234,567'"},
            {"i", "5", "c", "OK '\\x05'"},
            {"i", "65", ">5c", "OK '    A'"},
            {"f", "inf", "=+10", "OK '+      inf'"},
            {"f", "inf", "010.2f", "OK '0000000inf'"},
            {"f", "1.5", "010", "OK '00000001.5'"},
            {"f", "-1.5", "010", "OK '-0000001.5'"},
            {"f", "1.5", "<010", "OK '1.50000000'"},
            {"f", "1.5", "^010", "OK '0001.50000'"},
            {"i", "1234", ",.2f", "OK '1,234.00'"},
            {"i", "1234", ",.2e", "OK '1.23e+03'"},
            {"i", "1234", "_.3%", "OK '123_400.000%'"},
            {"i", "12345", "_o", "OK '3_0071'"},
            {"i", "12345", "_X", "OK '3039'"},
            {"i", "12345", "#_o", "OK '0o3_0071'"},
            {"i", "3", "+x", "OK '+3'"},
            {"i", "-3", " #b", "OK '-0b11'"},
            {"i", "10000000000000000000000000", "e", "OK '1.000000e+25'"},
            {"i", "10000000000000000000000000", ".30f", "OK '10000000000000000905969664.000000000000000000000000000000'"},
            {"i", "1180591620717411303424", "g", "OK '1.18059e+21'"},
            {"i", "1180591620717411303424", ".0f", "OK '1180591620717411303424'"},
            {"f", "1.0", "_", "OK '1.0'"},
            {"f", "123456.789", "_", "OK '123_456.789'"},
            {"f", "123456.789", ",", "OK '123,456.789'"},
            {"f", "1e+20", ",", "OK '1e+20'"},
            {"f", "1e+21", ",", "OK '1e+21'"},
            {"f", "-1e+21", "_", "OK '-1e+21'"},
            {"f", "0.1", ".60f", "OK '0.100000000000000005551115123125782702118158340454101562500000'"},
            {"f", "1e-310", "e", "OK '1.000000e-310'"},
            {"f", "5e-324", ".30e", "OK '4.940656458412465441765687928682e-324'"},
            {"f", "0.5", ".0f", "OK '0'"},
            {"f", "0.5", ".0e", "OK '5e-01'"},
            {"f", "9.5", ".0e", "OK '1e+01'"},
            {"f", "9.99", ".1f", "OK '10.0'"},
            {"f", "9.99", ".2g", "OK '10'"},
            {"f", "0.000123456", ".3", "OK '0.000123'"},
            {"f", "0.000123456", "g", "OK '0.000123456'"},
            {"f", "1.23456e-05", "g", "OK '1.23456e-05'"},
            {"f", "1000000000000000.0", "g", "OK '1e+15'"},
            {"f", "1e+16", "g", "OK '1e+16'"},
            {"i", "123456", "g", "OK '123456'"},
            {"i", "1234567", "g", "OK '1.23457e+06'"},
            {"f", "1234567.0", ".7g", "OK '1234567'"},
            {"f", "1234567.0", "#.7g", "OK '1234567.'"},
            {"f", "0.0001", ".2", "OK '0.0001'"},
            {"f", "1e-05", ".2", "OK '1e-05'"},
            {"i", "42", "=^10", "OK '====42===='"},
            {"i", "42", "x<+10", "OK '+42xxxxxxx'"},
            {"i", "42", "\ud83d\ude42>5", "OK '\ud83d\ude42\ud83d\ude42\ud83d\ude4242'"},
            {"b", "True", "x", "OK '1'"},
            {"b", "True", ".2f", "OK '1.00'"},
            {"i", "10", ".3", "ValueError: Precision not allowed in integer format specifier"},
            {"i", "10", "G", "OK '10'"},
            {"i", "0", "n", "OK '0'"},
            {"i", "-12345678", "n", "OK '-12345678'"},
            {"f", "-0.0", "", "OK '-0.0'"},
            {"f", "-0.0", "+", "OK '-0.0'"},
            {"f", "0.0", " ", "OK ' 0.0'"},
            {"f", "1e+100", "", "OK '1e+100'"},
            {"f", "1.5e-07", "", "OK '1.5e-07'"},
            {"f", "1e+22", "", "OK '1e+22'"},
            {"f", "1e+16", "", "OK '1e+16'"},
            {"f", "9999999999999998.0", "", "OK '9999999999999998.0'"},
            {"f", "0.1", "10", "OK '       0.1'"},
            {"f", "0.1", "<10.2", "OK '0.1       '"},
            {"i", "5", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"},
            {"i", "5", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"},
            {"i", "5", ",c", "ValueError: Cannot specify ',' with 'c'."},
            {"i", "5", "_c", "ValueError: Cannot specify '_' with 'c'."},
            {"i", "5", ",n", "ValueError: Cannot specify ',' with 'n'."},
            {"i", "5", "_n", "ValueError: Cannot specify '_' with 'n'."},
            {"i", "5", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
            {"i", "5", "zd", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
            {"i", "5", ".", "ValueError: Format specifier missing precision"},
            {"i", "5", "10.", "ValueError: Format specifier missing precision"},
            {"i", "5", "x10", "ValueError: Invalid format specifier 'x10' for object of type 'int'"},
            {"i", "5", "<<", "OK '5'"},
            {"i", "5", ",_", "ValueError: Cannot specify both ',' and '_'."},
            {"i", "5", "_,", "ValueError: Cannot specify both ',' and '_'."},
            {"i", "5", ",,", "ValueError: Cannot specify ',' with ','."},
            {"i", "5", "__", "ValueError: Cannot specify '_' with '_'."},
            {"i", "5", "99999999999999999999", "ValueError: Too many decimal digits in format string"},
            {"i", "5", ".99999999999999999999", "ValueError: Too many decimal digits in format string"},
            {"i", "5", "ss", "ValueError: Invalid format specifier 'ss' for object of type 'int'"},
            {"i", "5", "s", "ValueError: Unknown format code 's' for object of type 'int'"},
            {"i", "5", "=", "OK '5'"},
            {"i", "5", "0=", "OK '5'"},
            {"i", "5", "+#x", "OK '+0x5'"},
            {"f", "1.5", "z", "OK '1.5'"},
            {"f", "1.5", ",_", "ValueError: Cannot specify both ',' and '_'."},
            {"f", "1.5", ",n", "ValueError: Cannot specify ',' with 'n'."},
            {"f", "1.5", "_n", "ValueError: Cannot specify '_' with 'n'."},
            {"f", "1.5", ".2n", "OK '1.5'"},
            {"f", "1.5", "x10", "ValueError: Invalid format specifier 'x10' for object of type 'float'"},
            {"f", "1.5", ".", "ValueError: Format specifier missing precision"},
            {"f", "1.5", "\u0000<5", "OK '1.5\\x00\\x00'"},
            {"i", "5", "\u0000<5", "OK '5\\x00\\x00\\x00\\x00'"},
            {"i", "5", "-", "OK '5'"},
            {"i", "5", "  ", "ValueError: Unknown format code '\\x20' for object of type 'int'"},
            {"i", "5", "< ", "OK ' 5'"},
            {"i", "5", "0", "OK '5'"},
            {"i", "5", "00", "OK '5'"},
            {"i", "5", "010d", "OK '0000000005'"},
            {"i", "5", "-010d", "OK '0000000005'"},
            {"i", "5", "0<10", "OK '5000000000'"},
            {"i", "5", " <010", "OK '5         '"},
            {"i", "5", ",d", "OK '5'"},
            {"i", "5", "_d", "OK '5'"},
            {"i", "5", "#d", "OK '5'"},
            {"i", "5", "#", "OK '5'"},
            {"i", "1000000000000000000000000000000", "_", "OK '1_000_000_000_000_000_000_000_000_000_000'"},
            {"i", "5", "=10", "OK '         5'"},
            {"i", "5", "=010", "OK '0000000005'"},
            {"i", "-5", "a=010", "OK '-aaaaaaaa5'"},
            {"i", "-5", "0=10,", "OK '-0,000,005'"},
            {"f", "5.0", "#x", "ValueError: Unknown format code 'x' for object of type 'float'"},
            {"i", "12345", "_b", "OK '11_0000_0011_1001'"},
            {"i", "5", "z.1f", "OK '5.0'"},
            {"f", "-0.0001", "z.2%", "OK '-0.01%'"},
            {"f", "-0.0", "ze", "OK '0.000000e+00'"},
            {"f", "-0.0", "zg", "OK '0'"},
            {"f", "-0.001", "z.1e", "OK '-1.0e-03'"},
            {"i", "1", "0>5", "OK '00001'"},
            {"i", "1", "0<5", "OK '10000'"},
            {"i", "1", "0^5", "OK '00100'"},
            {"i", "1234567", "", "OK '1234567'"},
            {"i", "1234567", ",", "OK '1,234,567'"},
            {"i", "1234567", "_", "OK '1_234_567'"},
            {"i", "1234567", "+,", "OK '+1,234,567'"},
            {"i", "1234567", "x", "OK '12d687'"},
            {"i", "1234567", "X", "OK '12D687'"},
            {"i", "1234567", "#x", "OK '0x12d687'"},
            {"i", "1234567", "o", "OK '4553207'"},
            {"i", "1234567", "#o", "OK '0o4553207'"},
            {"i", "1234567", "b", "OK '100101101011010000111'"},
            {"i", "1234567", "#b", "OK '0b100101101011010000111'"},
            {"i", "1234567", "_x", "OK '12_d687'"},
            {"i", "1234567", "_b", "OK '1_0010_1101_0110_1000_0111'"},
            {"i", "1234567", "10", "OK '   1234567'"},
            {"i", "1234567", "<10", "OK '1234567   '"},
            {"i", "1234567", "^10", "OK ' 1234567  '"},
            {"i", "1234567", "*>10", "OK '***1234567'"},
            {"i", "1234567", "+", "OK '+1234567'"},
            {"i", "1234567", " ", "OK ' 1234567'"},
            {"i", "1234567", "-", "OK '1234567'"},
            {"i", "1234567", "c", "OverflowError: %c arg not in range(0x110000)"},
            {"i", "1234567", "d", "OK '1234567'"},
            {"i", "1234567", "e", "OK '1.234567e+06'"},
            {"i", "1234567", "f", "OK '1234567.000000'"},
            {"i", "1234567", ".2f", "OK '1234567.00'"},
            {"i", "1234567", "%", "OK '123456700.000000%'"},
            {"i", "1234567", "n", "OK '1234567'"},
            {"i", "1234567", "#012x", "OK '0x000012d687'"},
            {"i", "1234567", ">12,", "OK '   1,234,567'"},
            {"i", "1234567", "<12_", "OK '1_234_567   '"},
            {"i", "1234567", "=+12", "OK '+    1234567'"},
            {"i", "-42", "010", "OK '-000000042'"},
            {"i", "-42", "=10", "OK '-       42'"},
            {"i", "-42", " ", "OK '-42'"},
            {"i", "-42", "c", "OverflowError: %c arg not in range(0x110000)"},
            {"i", "1048576", "_b", "OK '1_0000_0000_0000_0000_0000'"},
            {"i", "100000000000000000000", "g", "OK '1e+20'"},
            {"i", "12345678901234567890", ",", "OK '12,345,678,901,234,567,890'"},
            {"i", "-12345678901234567890", "_x", "OK '-ab54_a98c_eb1f_0ad2'"},
            {"i", "128512", "c", "OK '\ud83d\ude00'"},
            {"i", "0", "d", "OK '0'"},
            {"i", "0", "#x", "OK '0x0'"},
            {"i", "-255", "#X", "OK '-0XFF'"},
            {"f", "1234.5678", ".2f", "OK '1234.57'"},
            {"f", "1234.5678", "10.3f", "OK '  1234.568'"},
            {"f", "1234.5678", "<10.1f", "OK '1234.6    '"},
            {"f", "1234.5678", "^12.2f", "OK '  1234.57   '"},
            {"f", "1234.5678", "010.2f", "OK '0001234.57'"},
            {"f", "1234.5678", "e", "OK '1.234568e+03'"},
            {"f", "1234.5678", ".3e", "OK '1.235e+03'"},
            {"f", "1234.5678", "E", "OK '1.234568E+03'"},
            {"f", "1234.5678", "g", "OK '1234.57'"},
            {"f", "1234.5678", ".3g", "OK '1.23e+03'"},
            {"f", "1234.5678", ".10g", "OK '1234.5678'"},
            {"f", "1234.5678", "G", "OK '1234.57'"},
            {"f", "1234.5678", ",", "OK '1,234.5678'"},
            {"f", "1234.5678", ",.2f", "OK '1,234.57'"},
            {"f", "1234.5678", "_.3f", "OK '1_234.568'"},
            {"f", "1234.5678", "+.1f", "OK '+1234.6'"},
            {"f", "1234.5678", " .1f", "OK ' 1234.6'"},
            {"f", "1e-10", "g", "OK '1e-10'"},
            {"f", "1e-05", "g", "OK '1e-05'"},
            {"f", "123456789.0", "g", "OK '1.23457e+08'"},
            {"f", "0.0001", "g", "OK '0.0001'"},
            {"f", "1000000000000000.0", ".16g", "OK '1000000000000000'"},
            {"f", "12.0", "#.0f", "OK '12.'"},
            {"f", "1.5", ".0f", "OK '2'"},
            {"f", "2.5", ".0f", "OK '2'"},
            {"f", "inf", "f", "OK 'inf'"},
            {"f", "-inf", "E", "OK '-INF'"},
            {"f", "nan", "10.2f", "OK '       nan'"},
            {"f", "nan", "F", "OK 'NAN'"},
            {"f", "inf", "010", "OK '0000000inf'"},
            {"f", "-0.0001", ".2f", "OK '-0.00'"},
            {"f", "0.0", "e", "OK '0.000000e+00'"},
            {"f", "3.0", "n", "OK '3'"},
            {"f", "1e+100", ".3", "OK '1e+100'"},
            {"f", "123.0", "=+10.1f", "OK '+    123.0'"},
            {"f", "1.5", "*^9.2f", "OK '**1.50***'"},
            {"f", "1.5", "d", "ValueError: Unknown format code 'd' for object of type 'float'"},
            {"f", "1.5", "x", "ValueError: Unknown format code 'x' for object of type 'float'"},
            {"f", "1.5", "c", "ValueError: Unknown format code 'c' for object of type 'float'"},
            {"f", "1.5", ",,", "ValueError: Cannot specify ',' with ','."},
            {"b", "True", "", "OK 'True'"},
            {"b", "True", "d", "OK '1'"},
            {"b", "False", ">6", "OK '     0'"},
    };

    static PyObject value(String kind, String v) {
        return switch (kind) {
            case "i" -> PyInt.of(new BigInteger(v));
            case "b" -> PyBool.of(v.equals("True"));
            default -> PyFloat.of(switch (v) {
                case "inf" -> Double.POSITIVE_INFINITY;
                case "-inf" -> Double.NEGATIVE_INFINITY;
                case "nan" -> Double.NaN;
                default -> Double.parseDouble(v);
            });
        };
    }

    @Test
    void formatMatchesCPython() {
        for (String[] r : FORMAT) {
            PyObject v = value(r[0], r[1]);
            assertEquals(r[3], outcome(() -> Abstract.format(v, py(r[2]))), "format(" + r[1] + ", '" + r[2] + "')");
        }
    }

    @Test
    void parsedFields() {
        FormatSpec s = FormatSpec.parse("*^+z#012,.3f", "float");
        assertEquals('*', s.fill);
        assertEquals('^', s.align);
        assertEquals('+', s.sign);
        assertTrue(s.noNegZero);
        assertTrue(s.alternate);
        assertEquals(12, s.width);
        assertEquals(',', s.grouping);
        assertEquals(3, s.precision);
        assertEquals('f', s.type);
        assertTrue(s.fillGiven);

        FormatSpec z = FormatSpec.parse("010", "int");
        assertEquals('0', z.fill);
        assertEquals('=', z.align);
        assertEquals(10, z.width);
        assertEquals(0, z.type);
        assertEquals(-1, z.precision);

        FormatSpec str = FormatSpec.parse("05", "str", '<');
        assertEquals('0', str.fill);
        assertEquals(0, str.align);

        FormatSpec e = FormatSpec.parse("", "int");
        assertEquals(-1, e.width);
        assertEquals(' ', e.fill);
        assertEquals(0x1F642, FormatSpec.parse("\uD83D\uDE42>5", "int").fill);
    }

    @Test
    void parseErrors() {
        assertRaises(PyExc.ValueError, "Invalid format specifier 'x10' for object of type 'int'", () -> FormatSpec.parse("x10", "int"));
        assertRaises(PyExc.ValueError, "Format specifier missing precision", () -> FormatSpec.parse("10.", "int"));
        assertRaises(PyExc.ValueError, "Cannot specify both ',' and '_'.", () -> FormatSpec.parse(",_", "int"));
        assertRaises(PyExc.ValueError, "Cannot specify both ',' and '_'.", () -> FormatSpec.parse("_,", "int"));
        assertRaises(PyExc.ValueError, "Cannot specify ',' with ','.", () -> FormatSpec.parse(",,", "int"));
        assertRaises(PyExc.ValueError, "Cannot specify ',' with 'x'.", () -> FormatSpec.parse(",x", "int"));
        assertRaises(PyExc.ValueError, "Cannot specify '_' with 's'.", () -> FormatSpec.parse("_s", "str"));
        assertRaises(PyExc.ValueError, "Too many decimal digits in format string", () -> FormatSpec.parse("99999999999999999999", "int"));
        assertRaises(PyExc.ValueError, "Unknown format code '\\x20' for object of type 'int'",
                () -> Abstract.format(py(5), py("  ")));
    }

    @Test
    void checksComeInCPythonsOrder() {
        assertRaises(PyExc.ValueError, "Unknown format code 'd' for object of type 'complex'",
                () -> Abstract.format(PyComplex.of(1, 2), py("=+z14d")));
        assertRaises(PyExc.ValueError, "Unknown format code 'x' for object of type 'complex'",
                () -> Abstract.format(PyComplex.of(1, 2), py("023x")));
        assertRaises(PyExc.OverflowError, "Python int too large to convert to C long",
                () -> Abstract.format(PyInt.of(new BigInteger("100000000000000000000")), py("0c")));
        assertRaises(PyExc.ValueError, "Precision not allowed in integer format specifier",
                () -> Abstract.format(py(5), py("z.2c")));
        assertRaises(PyExc.ValueError, "Cannot specify ',' with 'c'.", () -> Abstract.format(py(5), py("+,c")));
    }

    @Test
    void javaApiForOtherFormatters() {
        FormatSpec f = new FormatSpec(' ', (char) 0, '+', false, false, 10, (char) 0, 2, 'e', false);
        assertEquals(" +1.23e+03", NumberFormatter.formatFloat(1234.5678, f));
        assertEquals("00042", NumberFormatter.formatInt(PyInt.of(42), FormatSpec.parse("05d", "int")));
        assertEquals("(1+2j)", NumberFormatter.formatComplex(1, 2, FormatSpec.EMPTY));
        assertEquals("   ab", FormatSpec.parse(">5", "str", '<').pad("ab", '<'));
        assertEquals("ab   ", FormatSpec.parse("5", "str", '<').pad("ab", '<'));
        assertEquals(" ab  ", FormatSpec.parse("^5", "str", '<').pad("ab", '<'));
        assertEquals("1.5", NumberFormatter.formatFloat(1.5, FormatSpec.EMPTY));
        assertEquals("1.0", NumberFormatter.formatFloat(1.0, FormatSpec.EMPTY));
        assertEquals("12.50%", NumberFormatter.formatFloat(0.125, FormatSpec.parse(".2%", "float")));
        assertEquals("1E+20", NumberFormatter.formatFloat(1e20, FormatSpec.EMPTY.withType('G', -1)));
    }
}
