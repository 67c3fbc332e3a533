package org.gilpy.objects;

import static org.gilpy.objects.PyAsserts.*;
import static org.junit.jupiter.api.Assertions.*;

import java.math.BigInteger;

import org.gilpy.bytecode.BinaryOp;
import org.gilpy.bytecode.CompareOp;
import org.junit.jupiter.api.Test;

/**
 * float against CPython 3.11. The tables were produced by CPython: values are given by
 * their repr (read back exactly) or, in REPR, by {@code float.hex()}; operands in OPS are
 * "f" + a float repr or "i" + an int.
 */
class PyFloatTest {

    static double d(String s) {
        return switch (s) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(s);
        };
    }

    static PyObject operand(String s) {
        if (s.charAt(0) == 'f') return PyFloat.of(d(s.substring(1)));
        String v = s.substring(1);
        if (v.equals("10**400")) return PyInt.of(BigInteger.TEN.pow(400));
        return PyInt.of(new BigInteger(v));
    }

    /** Pairs of float.hex() and repr. */
    private static final String[] REPR = {
            "0x1.999999999999ap-4", "0.1",
            "0x1.999999999999ap-3", "0.2",
            "0x1.3333333333334p-2", "0.30000000000000004",
            "0x1.1c37937e08000p+53", "1e+16",
            "0x1.c6bf526340000p+49", "1000000000000000.0",
            "0x1.b69b4ba630f35p+56", "1.2345678901234568e+17",
            "0x1.0f0cf064dd592p+73", "1e+22",
            "0x1.52d02c7e14af6p+76", "1e+23",
            "0x1.4f8b588e368f1p-17", "1e-05",
            "0x1.a36e2eb1c432dp-14", "0.0001",
            "0x1.02c9dedbc309dp-13", "0.0001234",
            "0x1.5555555555555p-2", "0.3333333333333333",
            "0x1.5555555555555p-1", "0.6666666666666666",
            "0x1.aaaaaaaaaaaabp+1", "3.3333333333333335",
            "0x1.0000000000000p+0", "1.0",
            "-0x1.0000000000000p+0", "-1.0",
            "0x0.0p+0", "0.0",
            "-0x0.0p+0", "-0.0",
            "0x1.9000000000000p+6", "100.0",
            "0x1.8000000000000p+0", "1.5",
            "0x1.249ad2594c37dp+332", "1e+100",
            "0x1.fffffffffffffp+1023", "1.7976931348623157e+308",
            "0x0.0000000000001p-1022", "5e-324",
            "0x0.0000000000002p-1022", "1e-323",
            "0x1.0000000000000p-1022", "2.2250738585072014e-308",
            "0x1.0000000000000p+53", "9007199254740992.0",
            "0x1.921fb54442d18p+1", "3.141592653589793",
            "0x1.2d68700000000p+20", "1234567.0",
            "0x1.674e79cb6b35bp+43", "12345678912345.678",
            "0x1.ad7f29abcaf48p-24", "1e-07",
            "0x1.6b082c2148b8ep-60", "1.23e-18",
            "0x1.1666666666666p+2", "4.35",
            "0x1.5666666666666p+1", "2.675",
            "0x1.e848000000000p+19", "1000000.0",
            "0x1.0c6f7a0b5ed8dp-20", "1e-06",
            "0x1.1c37937e07fffp+53", "9999999999999998.0",
            "0x1.0000000000000p+63", "9.223372036854776e+18",
            "0x0.0000000000003p-1022", "1.5e-323",
            "0x0.0000000000001p-1022", "5e-324",
            "0x1.b1ae4d6e2ef50p+69", "1e+21",
            "0x1.56e1fc2f8f359p-997", "1e-300",
            "0x0.05c0ab9347ed7p-1022", "5e-310",
            "0x0.0000000000011p-1022", "8.4e-323",
            "0x0.0000000000004p-1022", "2e-323",
            "0x1.da56a4b0835c0p+75", "7e+22",
            "0x1.ff973cafa8000p+52", "9000000000000000.0",
            "0x1.6345785d89fffp+56", "9.999999999999998e+16",
            "0x1.3333333333333p-2", "0.3",
            "0x1.2492492492492p-3", "0.14285714285714285",
            "0x1.6a09e667f3bcdp+0", "1.4142135623730951",
            "-0x1.688f50f8e8b7cp+903", "-9.524089298036275e+271",
            "0x1.2092675932f47p+584", "7.13726012769499e+175",
            "-0x1.69ff0e070bc55p-356", "-9.633535880086929e-108",
            "-0x1.5cf2e7e257c63p+743", "-6.306793122902467e+223",
            "-0x1.2a6e2b5b96896p-370", "-4.847352758224744e-112",
            "-0x1.e3d7b0fb6a66cp+32", "-8117530875.41563",
            "-0x1.40320459b703bp+833", "-7.164097414810878e+250",
            "0x1.30b2b2afb1d5ep-858", "6.19289068734355e-259",
            "0x1.54e22da3707fcp+346", "1.908730116813393e+104",
            "0x1.1b5ed8b282770p-462", "9.295155622511335e-140",
            "0x1.7a2c95100482fp+798", "2.4625690303743977e+240",
            "-0x1.c2bccab80910ap-878", "-8.736701598830356e-265",
            "-0x1.2fd7c521dd572p-177", "-6.195834744041418e-54",
            "0x1.01c661228f7b2p+579", "1.99236169905701e+174",
            "-0x1.373f30ec2d293p-334", "-3.474132949034705e-101",
            "0x1.87a9705622008p-2", "0.3824822952815343",
            "-0x1.404f87e3bf287p-719", "-4.536955864167247e-217",
            "-0x1.3ad99324e5422p-57", "-8.534023680088465e-18",
            "-0x1.7af04164b8074p+874", "-1.8644252422964282e+263",
            "0x1.b573358f73f2ap-715", "9.913832833123984e-216",
            "0x1.c29d836531624p+71", "4.156192429958989e+21",
            "0x1.64dbcc505c85ap+746", "5.159800980935378e+224",
            "-0x1.0603f3ccb7fefp-762", "-4.219201053715958e-230",
            "0x1.cceeb88d5ad03p-635", "1.2628452131581125e-191",
            "-0x1.a1c0e527bc733p-13", "-0.00019920039016301793",
            "-0x1.b004208041c7dp-943", "-2.26972936588131e-284",
            "0x1.dc589bc1c10c8p-998", "6.946195466056089e-301",
            "-0x1.9a3ff920c3975p-822", "-5.729966430408149e-248",
            "-0x1.0c005487414d2p+348", "-6.002544797266718e+104",
            "-0x1.21958faf4c993p+924", "-1.604171980464706e+278",
            "0x1.4083cc70eac0cp-82", "2.589098244680483e-25",
            "-0x1.21bc8cf0010a3p+58", "-3.262143271096916e+17",
            "-0x1.a8e350622be5fp+393", "-3.3482874907330417e+118",
            "0x1.121c38fc2c8e4p-599", "5.160810339875177e-181",
            "-0x1.17b2c539f2f91p-655", "-7.308070622922786e-198",
            "-0x1.8b75777caacbfp+584", "-9.780899724380166e+175",
            "0x1.eade9ea3ead68p-397", "5.940430236879481e-120",
            "0x1.b5e121f60ae14p-361", "3.6415488361261983e-109",
            "-0x1.ede64fd9ec7d7p-353", "-1.0515024499795688e-106",
            "0x1.6e4968fc8e6abp-552", "9.705628116711112e-167",
    };
    private static final String[][] PARSE = {
            {"1", "OK 1.0"},
            {" 1.5 ", "OK 1.5"},
            {"-2.5e3", "OK -2500.0"},
            {"+.5", "OK 0.5"},
            {"5.", "OK 5.0"},
            {"1_000.5", "OK 1000.5"},
            {"1e1_0", "OK 10000000000.0"},
            {"inf", "OK inf"},
            {"-Infinity", "OK -inf"},
            {"INF", "OK inf"},
            {"nan", "OK nan"},
            {"-NaN", "OK nan"},
            {"  3.25\n", "OK 3.25"},
            {"0.000001", "OK 1e-06"},
            {"1E5", "OK 100000.0"},
            {"\u0661\u0662.\u0665", "OK 12.5"},
            {"", "ValueError: could not convert string to float: ''"},
            {"abc", "ValueError: could not convert string to float: 'abc'"},
            {"1.2.3", "ValueError: could not convert string to float: '1.2.3'"},
            {"1e", "ValueError: could not convert string to float: '1e'"},
            {"e5", "ValueError: could not convert string to float: 'e5'"},
            {"0x10", "ValueError: could not convert string to float: '0x10'"},
            {"1__0", "ValueError: could not convert string to float: '1__0'"},
            {"_1", "ValueError: could not convert string to float: '_1'"},
            {"infinity1", "ValueError: could not convert string to float: 'infinity1'"},
            {"1 2", "ValueError: could not convert string to float: '1 2'"},
            {"--1", "ValueError: could not convert string to float: '--1'"},
            {"1e99999999999999", "OK inf"},
            {"-1e-99999999999999", "OK -0.0"},
            {"infinit", "ValueError: could not convert string to float: 'infinit'"},
            {"nan(1)", "ValueError: could not convert string to float: 'nan(1)'"},
            {"  +InFiNiTy ", "OK inf"},
            {"1_e5", "ValueError: could not convert string to float: '1_e5'"},
            {"1e_5", "ValueError: could not convert string to float: '1e_5'"},
            {"1._5", "ValueError: could not convert string to float: '1._5'"},
            {"1_.5", "ValueError: could not convert string to float: '1_.5'"},
            {".", "ValueError: could not convert string to float: '.'"},
            {".e1", "ValueError: could not convert string to float: '.e1'"},
            {"1e+", "ValueError: could not convert string to float: '1e+'"},
            {"\u0000", "ValueError: could not convert string to float: '\\x00'"},
            {"xxxxxxxxxxxxxxxxxxxx", "ValueError: could not convert string to float: 'xxxxxxxxxxxxxxxxxxxx'"},
            {"\u0661.\u0665e\u0661", "OK 15.0"},
            {"2.4703282292062328e-324", "OK 5e-324"},
            {"2.4703282292062327e-324", "OK 0.0"},
            {"1.7976931348623158e308", "OK 1.7976931348623157e+308"},
            {"1.7976931348623159e308", "OK inf"},
            {"0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001", "OK 0.0"},
            {"123456789012345678901234567890e-10", "OK 1.2345678901234567e+19"},
            {"\u20031.5\u3000", "OK 1.5"},
    };
    private static final String[][] OPS = {
            {"//", "f0.0", "f0.0", "ZeroDivisionError: float floor division by zero"},
            {"-", "f0.0", "f-0.0", "OK 0.0"},
            {"divmod", "f0.0", "f-0.0", "ZeroDivisionError: float divmod()"},
            {"-", "f0.0", "f1.5", "OK -1.5"},
            {"+", "f0.0", "f-1.5", "OK -1.5"},
            {"//", "f0.0", "f-7.5", "OK -0.0"},
            {"+", "f0.0", "f1e+308", "OK 1e+308"},
            {"/", "f0.0", "f1e+308", "OK 0.0"},
            {"/", "f0.0", "finf", "OK 0.0"},
            {"divmod", "f0.0", "finf", "OK (0.0, 0.0)"},
            {"//", "f0.0", "f-inf", "OK -0.0"},
            {"**", "f0.0", "fnan", "OK nan"},
            {"-", "f0.0", "f0.1", "OK -0.1"},
            {"//", "f0.0", "f0.1", "OK 0.0"},
            {"//", "f0.0", "i-3", "OK -0.0"},
            {"-", "f-0.0", "f0.0", "OK -0.0"},
            {"*", "f-0.0", "f0.0", "OK -0.0"},
            {"//", "f-0.0", "f-7.5", "OK 0.0"},
            {"%", "f-0.0", "f-2.0", "OK -0.0"},
            {"*", "f-0.0", "finf", "OK nan"},
            {"//", "f-0.0", "finf", "OK -0.0"},
            {"//", "f-0.0", "f-inf", "OK 0.0"},
            {"%", "f-0.0", "i-3", "OK -0.0"},
            {"+", "f-0.0", "i0", "OK 0.0"},
            {"%", "f-0.0", "i1", "OK 0.0"},
            {"-", "f1.5", "f0.0", "OK 1.5"},
            {"/", "f1.5", "f0.0", "ZeroDivisionError: float division by zero"},
            {"**", "f1.5", "f-0.0", "OK 1.0"},
            {"//", "f1.5", "f-2.0", "OK -1.0"},
            {"*", "f1.5", "finf", "OK inf"},
            {"-", "f1.5", "i-3", "OK 4.5"},
            {"divmod", "f1.5", "i10**400", "OverflowError: int too large to convert to float"},
            {"divmod", "f-1.5", "f1.5", "OK (-1.0, 0.0)"},
            {"//", "f-1.5", "f-1.5", "OK 1.0"},
            {"**", "f-1.5", "f7.5", "OK (-5.6392031532733313e-14-20.92591432604223j)"},
            {"**", "f-1.5", "f-7.5", "OK (-1.2878012863729657e-16+0.04778763710962457j)"},
            {"/", "f-1.5", "finf", "OK -0.0"},
            {"%", "f-1.5", "finf", "OK inf"},
            {"divmod", "f-1.5", "finf", "OK (-1.0, inf)"},
            {"divmod", "f-1.5", "i-3", "OK (0.0, -1.5)"},
            {"*", "f7.5", "f0.0", "OK 0.0"},
            {"-", "f7.5", "f1.5", "OK 6.0"},
            {"//", "f7.5", "f1.5", "OK 5.0"},
            {"divmod", "f7.5", "f-1.5", "OK (-5.0, -0.0)"},
            {"+", "f7.5", "f2.0", "OK 9.5"},
            {"//", "f7.5", "f2.0", "OK 3.0"},
            {"-", "f7.5", "f-2.0", "OK 9.5"},
            {"/", "f7.5", "f-2.0", "OK -3.75"},
            {"**", "f7.5", "f1e-308", "OK 1.0"},
            {"-", "f7.5", "i3", "OK 4.5"},
            {"/", "f7.5", "i0", "ZeroDivisionError: float division by zero"},
            {"/", "f7.5", "i1", "OK 7.5"},
            {"-", "f-7.5", "f0.0", "OK -7.5"},
            {"/", "f-7.5", "f-0.0", "ZeroDivisionError: float division by zero"},
            {"%", "f-7.5", "f2.0", "OK 0.5"},
            {"-", "f-7.5", "f-2.0", "OK -5.5"},
            {"%", "f-7.5", "fnan", "OK nan"},
            {"%", "f-7.5", "i3", "OK 1.5"},
            {"%", "f-7.5", "i-3", "OK -1.5"},
            {"/", "f-7.5", "i1", "OK -7.5"},
            {"/", "f2.0", "f0.0", "ZeroDivisionError: float division by zero"},
            {"/", "f2.0", "f-1.5", "OK -1.3333333333333333"},
            {"/", "f2.0", "f1e+308", "OK 2e-308"},
            {"divmod", "f2.0", "finf", "OK (0.0, 2.0)"},
            {"*", "f2.0", "f-inf", "OK -inf"},
            {"%", "f2.0", "i0", "ZeroDivisionError: float modulo"},
            {"**", "f2.0", "i10**400", "OverflowError: int too large to convert to float"},
            {"divmod", "f2.0", "i1", "OK (2.0, 0.0)"},
            {"+", "f-2.0", "f0.0", "OK -2.0"},
            {"-", "f-2.0", "f0.0", "OK -2.0"},
            {"divmod", "f-2.0", "f0.0", "ZeroDivisionError: float divmod()"},
            {"%", "f-2.0", "f-1.5", "OK -0.5"},
            {"**", "f-2.0", "f7.5", "OK (-4.878184983356519e-13-181.01933598375618j)"},
            {"divmod", "f-2.0", "f-7.5", "OK (0.0, -2.0)"},
            {"*", "f-2.0", "f1e-308", "OK -2e-308"},
            {"%", "f-2.0", "f0.1", "OK 1.1102230246251565e-16"},
            {"%", "f-2.0", "i-3", "OK -2.0"},
            {"+", "f-2.0", "i10**400", "OverflowError: int too large to convert to float"},
            {"//", "f1e+308", "f-1.5", "OK -6.666666666666666e+307"},
            {"+", "f1e+308", "f7.5", "OK 1e+308"},
            {"*", "f1e+308", "f1e-308", "OK 0.9999999999999999"},
            {"//", "f1e+308", "finf", "OK 0.0"},
            {"+", "f1e+308", "f-inf", "OK -inf"},
            {"/", "f1e+308", "f-inf", "OK -0.0"},
            {"//", "f1e+308", "f-inf", "OK -1.0"},
            {"divmod", "f1e+308", "fnan", "OK (nan, nan)"},
            {"divmod", "f1e+308", "f0.1", "OK (inf, 0.06093288384329992)"},
            {"-", "f1e+308", "i-3", "OK 1e+308"},
            {"%", "f1e+308", "i1", "OK 0.0"},
            {"+", "f1e-308", "f2.0", "OK 2.0"},
            {"**", "f1e-308", "f1e-308", "OK 1.0"},
            {"*", "f1e-308", "finf", "OK inf"},
            {"+", "f1e-308", "f-inf", "OK -inf"},
            {"divmod", "f1e-308", "fnan", "OK (nan, nan)"},
            {"//", "f1e-308", "f0.1", "OK 0.0"},
            {"divmod", "f1e-308", "f0.1", "OK (0.0, 1e-308)"},
            {"-", "f1e-308", "i3", "OK -3.0"},
            {"/", "f1e-308", "i0", "ZeroDivisionError: float division by zero"},
            {"%", "f1e-308", "i10**400", "OverflowError: int too large to convert to float"},
            {"/", "f1e-308", "i1", "OK 1e-308"},
            {"/", "finf", "f0.0", "ZeroDivisionError: float division by zero"},
            {"%", "finf", "f0.0", "ZeroDivisionError: float modulo"},
            {"*", "finf", "f-0.0", "OK nan"},
            {"//", "finf", "f-0.0", "ZeroDivisionError: float floor division by zero"},
            {"divmod", "finf", "f1.5", "OK (nan, nan)"},
            {"//", "finf", "f-1.5", "OK nan"},
            {"+", "finf", "f7.5", "OK inf"},
            {"-", "finf", "f2.0", "OK inf"},
            {"divmod", "finf", "f2.0", "OK (nan, nan)"},
            {"**", "finf", "f2.0", "OK inf"},
            {"+", "finf", "f1e+308", "OK inf"},
            {"divmod", "finf", "f1e-308", "OK (nan, nan)"},
            {"/", "finf", "finf", "OK nan"},
            {"divmod", "finf", "f-inf", "OK (nan, nan)"},
            {"-", "finf", "fnan", "OK nan"},
            {"//", "finf", "f0.1", "OK nan"},
            {"/", "finf", "i0", "ZeroDivisionError: float division by zero"},
            {"-", "finf", "i10**400", "OverflowError: int too large to convert to float"},
            {"*", "finf", "i10**400", "OverflowError: int too large to convert to float"},
            {"%", "f-inf", "f1.5", "OK nan"},
            {"**", "f-inf", "f1.5", "OK inf"},
            {"%", "f-inf", "f7.5", "OK nan"},
            {"divmod", "f-inf", "f7.5", "OK (nan, nan)"},
            {"/", "f-inf", "f2.0", "OK -inf"},
            {"%", "f-inf", "f2.0", "OK nan"},
            {"/", "f-inf", "f-2.0", "OK inf"},
            {"**", "f-inf", "f1e+308", "OK inf"},
            {"divmod", "f-inf", "f-inf", "OK (nan, nan)"},
            {"//", "fnan", "f-0.0", "ZeroDivisionError: float floor division by zero"},
            {"%", "fnan", "f-1.5", "OK nan"},
            {"**", "fnan", "f-7.5", "OK nan"},
            {"divmod", "fnan", "f0.1", "OK (nan, nan)"},
            {"+", "fnan", "i0", "OK nan"},
            {"**", "fnan", "i0", "OK 1.0"},
            {"divmod", "f0.1", "f-1.5", "OK (-1.0, -1.4)"},
            {"+", "f0.1", "f1e+308", "OK 1e+308"},
            {"//", "f0.1", "f-inf", "OK -1.0"},
            {"*", "f0.1", "i10**400", "OverflowError: int too large to convert to float"},
            {"%", "i3", "f0.0", "ZeroDivisionError: float modulo"},
            {"**", "i3", "f0.0", "OK 1.0"},
            {"/", "i3", "f-0.0", "ZeroDivisionError: float division by zero"},
            {"-", "i3", "f1.5", "OK 1.5"},
            {"%", "i3", "f1.5", "OK 0.0"},
            {"-", "i3", "f7.5", "OK -4.5"},
            {"//", "i3", "f7.5", "OK 0.0"},
            {"%", "i3", "f7.5", "OK 3.0"},
            {"-", "i3", "f-7.5", "OK 10.5"},
            {"*", "i3", "f2.0", "OK 6.0"},
            {"//", "i3", "f1e-308", "OK inf"},
            {"/", "i3", "f-inf", "OK -0.0"},
            {"/", "i3", "fnan", "OK nan"},
            {"**", "i3", "fnan", "OK nan"},
            {"/", "i3", "f0.1", "OK 30.0"},
            {"//", "i3", "f0.1", "OK 29.0"},
            {"**", "i-3", "f-1.5", "OK (-3.5352507957496895e-17+0.19245008972987526j)"},
            {"/", "i-3", "f-7.5", "OK 0.4"},
            {"divmod", "i-3", "f-7.5", "OK (0.0, -3.0)"},
            {"+", "i-3", "f2.0", "OK -1.0"},
            {"*", "i-3", "f2.0", "OK -6.0"},
            {"//", "i-3", "f2.0", "OK -2.0"},
            {"**", "i-3", "f2.0", "OK 9.0"},
            {"//", "i-3", "f-2.0", "OK 1.0"},
            {"*", "i-3", "finf", "OK -inf"},
            {"%", "i-3", "f0.1", "OK 1.6653345369377348e-16"},
            {"/", "i0", "f0.0", "ZeroDivisionError: float division by zero"},
            {"divmod", "i0", "f-0.0", "ZeroDivisionError: float divmod()"},
            {"/", "i0", "f1.5", "OK 0.0"},
            {"//", "i0", "f1.5", "OK 0.0"},
            {"-", "i0", "f-1.5", "OK 1.5"},
            {"%", "i0", "f-1.5", "OK -0.0"},
            {"+", "i0", "f7.5", "OK 7.5"},
            {"%", "i0", "f-2.0", "OK -0.0"},
            {"-", "i0", "f1e-308", "OK -1e-308"},
            {"*", "i0", "f1e-308", "OK 0.0"},
            {"/", "i0", "f1e-308", "OK 0.0"},
            {"*", "i0", "finf", "OK nan"},
            {"**", "i0", "f0.1", "OK 0.0"},
            {"divmod", "i10**400", "f0.0", "OverflowError: int too large to convert to float"},
            {"divmod", "i10**400", "f-0.0", "OverflowError: int too large to convert to float"},
            {"%", "i10**400", "f2.0", "OverflowError: int too large to convert to float"},
            {"+", "i10**400", "f-2.0", "OverflowError: int too large to convert to float"},
            {"*", "i10**400", "f1e+308", "OverflowError: int too large to convert to float"},
            {"**", "i10**400", "f1e+308", "OverflowError: int too large to convert to float"},
            {"//", "i10**400", "finf", "OverflowError: int too large to convert to float"},
            {"+", "i10**400", "f-inf", "OverflowError: int too large to convert to float"},
            {"/", "i10**400", "f-inf", "OverflowError: int too large to convert to float"},
            {"//", "i10**400", "f-inf", "OverflowError: int too large to convert to float"},
            {"%", "i10**400", "f0.1", "OverflowError: int too large to convert to float"},
            {"+", "i1", "f0.0", "OK 1.0"},
            {"*", "i1", "f0.0", "OK 0.0"},
            {"/", "i1", "f0.0", "ZeroDivisionError: float division by zero"},
            {"**", "i1", "f-0.0", "OK 1.0"},
            {"**", "i1", "f7.5", "OK 1.0"},
            {"**", "i1", "f-7.5", "OK 1.0"},
            {"/", "i1", "f-2.0", "OK -0.5"},
            {"divmod", "i1", "f-2.0", "OK (-1.0, -1.0)"},
            {"-", "i1", "f1e+308", "OK -1e+308"},
            {"/", "i1", "f1e+308", "OK 1e-308"},
            {"divmod", "i1", "f1e+308", "OK (0.0, 1.0)"},
            {"*", "i1", "fnan", "OK nan"},
            {"**", "f-8.0", "f0.3333333333333333", "OK (1.0000000000000002+1.7320508075688772j)"},
            {"**", "f-2.0", "f0.5", "OK (8.659560562354934e-17+1.4142135623730951j)"},
            {"**", "f-2.0", "f-0.5", "OK (4.329780281177467e-17-0.7071067811865476j)"},
            {"**", "f-1.0", "finf", "OK 1.0"},
            {"**", "f-0.0", "f-1.0", "ZeroDivisionError: 0.0 cannot be raised to a negative power"},
            {"**", "f-0.0", "f3.0", "OK -0.0"},
            {"**", "f-0.0", "f2.0", "OK 0.0"},
            {"**", "f-inf", "f3.0", "OK -inf"},
            {"**", "f-inf", "f-3.0", "OK -0.0"},
            {"**", "f-inf", "f0.5", "OK inf"},
            {"**", "f1.5", "f1.1805916207174113e+21", "OverflowError: (34, 'Numerical result out of range')"},
            {"**", "f2.0", "f1024.0", "OverflowError: (34, 'Numerical result out of range')"},
            {"**", "f-2.0", "f1025.0", "OverflowError: (34, 'Numerical result out of range')"},
            {"**", "f2.0", "f-1080.0", "OK 0.0"},
            {"**", "f10.0", "f400.0", "OverflowError: (34, 'Numerical result out of range')"},
            {"**", "f0.0", "f-1.0", "ZeroDivisionError: 0.0 cannot be raised to a negative power"},
            {"**", "f1.0", "fnan", "OK 1.0"},
            {"**", "fnan", "f0.0", "OK 1.0"},
            {"**", "f1.1", "f2.0", "OK 1.2100000000000002"},
            {"**", "f-8.0", "f3.0", "OK -512.0"},
            {"**", "f2.0", "f0.5", "OK 1.4142135623730951"},
    };
    private static final String[][] ROUND = {
            {"0.5", "None", "OK 0"},
            {"1.5", "None", "OK 2"},
            {"2.5", "None", "OK 2"},
            {"-0.5", "None", "OK 0"},
            {"-1.5", "None", "OK -2"},
            {"0.4999999999999999", "None", "OK 0"},
            {"2.675", "2", "OK 2.67"},
            {"1.005", "2", "OK 1.0"},
            {"0.125", "2", "OK 0.12"},
            {"0.375", "2", "OK 0.38"},
            {"2.5", "0", "OK 2.0"},
            {"-2.5", "0", "OK -2.0"},
            {"1234.5678", "1", "OK 1234.6"},
            {"1234.5678", "-1", "OK 1230.0"},
            {"1234.5678", "-2", "OK 1200.0"},
            {"1234.5678", "-5", "OK 0.0"},
            {"5000000000000000.0", "None", "OK 5000000000000000"},
            {"1e+300", "-300", "OK 1e+300"},
            {"1.23456789e-10", "12", "OK 1.23e-10"},
            {"123.456", "20", "OK 123.456"},
            {"-0.0", "None", "OK 0"},
            {"-0.0", "1", "OK -0.0"},
            {"inf", "2", "OK inf"},
            {"nan", "2", "OK nan"},
            {"-inf", "-2", "OK -inf"},
            {"inf", "None", "OverflowError: cannot convert float infinity to integer"},
            {"nan", "None", "ValueError: cannot convert float NaN to integer"},
            {"1e+20", "None", "OK 100000000000000000000"},
            {"1.5e+20", "None", "OK 150000000000000000000"},
            {"123456789.98765433", "3", "OK 123456789.988"},
            {"1.7976931348623157e+308", "-308", "OverflowError: rounded value too large to represent"},
            {"1.5", "1180591620717411303424", "OK 1.5"},
            {"-1.5", "-1180591620717411303424", "OK -0.0"},
            {"0.5", "0", "OK 0.0"},
            {"-0.4", "None", "OK 0"},
            {"-0.4", "0", "OK -0.0"},
            {"5e-324", "400", "OK 5e-324"},
            {"123.456", "-1", "OK 120.0"},
            {"1e+300", "-299", "OK 1e+300"},
            {"0.285", "2", "OK 0.28"},
            {"1.15", "1", "OK 1.1"},
            {"2.5e-08", "8", "OK 2e-08"},
    };
    private static final String[][] HEX = {
            {"0.0", "0x0.0p+0"},
            {"-0.0", "-0x0.0p+0"},
            {"1.0", "0x1.0000000000000p+0"},
            {"0.1", "0x1.999999999999ap-4"},
            {"0.5", "0x1.0000000000000p-1"},
            {"3.0", "0x1.8000000000000p+1"},
            {"-2.75", "-0x1.6000000000000p+1"},
            {"1e-320", "0x0.00000000007e8p-1022"},
            {"5e-324", "0x0.0000000000001p-1022"},
            {"1.7976931348623157e+308", "0x1.fffffffffffffp+1023"},
            {"0.3333333333333333", "0x1.5555555555555p-2"},
            {"123.456", "0x1.edd2f1a9fbe77p+6"},
            {"inf", "inf"},
            {"-inf", "-inf"},
            {"nan", "nan"},
    };
    private static final String[][] FROMHEX = {
            {"0x1p0", "OK 1.0"},
            {"0x1.8p1", "OK 3.0"},
            {"-0X1.fP-2", "OK -0.484375"},
            {"0x.8", "OK 0.5"},
            {"0x1", "OK 1.0"},
            {"  0xap-2  ", "OK 2.5"},
            {"1p4", "OK 16.0"},
            {"0x1.000000000000001p0", "OK 1.0"},
            {"inf", "OK inf"},
            {"-nan", "OK nan"},
            {"0x1p-1075", "OK 0.0"},
            {"0x1p-1074", "OK 5e-324"},
            {"0x1.fffffffffffffp1023", "OK 1.7976931348623157e+308"},
            {"0x1p1024", "OverflowError: hexadecimal value too large to represent as a float"},
            {"0x2p1023", "OverflowError: hexadecimal value too large to represent as a float"},
            {"", "ValueError: invalid hexadecimal floating-point string"},
            {"0x", "ValueError: invalid hexadecimal floating-point string"},
            {"0xg", "ValueError: invalid hexadecimal floating-point string"},
            {"0x1q", "ValueError: invalid hexadecimal floating-point string"},
            {"0x1.ffffffffffffffp1023", "OverflowError: hexadecimal value too large to represent as a float"},
            {"0x1.fffffffffffff8p1023", "OverflowError: hexadecimal value too large to represent as a float"},
            {"0x0.00000000000008p-1022", "OK 0.0"},
            {"0x0.00000000000018p-1022", "OK 1e-323"},
            {"0x1.00000000000008p0", "OK 1.0"},
            {"0x1.00000000000018p0", "OK 1.0000000000000004"},
            {"0x1.000000000000080001p0", "OK 1.0000000000000002"},
            {"0x1.p1", "OK 2.0"},
            {"0x.p1", "ValueError: invalid hexadecimal floating-point string"},
            {"infinity", "OK inf"},
            {"-Infinity", "OK -inf"},
            {"0x1p+99999999999999999999", "OverflowError: hexadecimal value too large to represent as a float"},
            {"0x1p-99999999999999999999", "OK 0.0"},
            {"0x0p+99999999999999999999", "OK 0.0"},
            {"1_0", "ValueError: invalid hexadecimal floating-point string"},
            {"0x1p", "ValueError: invalid hexadecimal floating-point string"},
    };
    private static final String[][] HASH = {
            {"0.0", "0"},
            {"-0.0", "0"},
            {"0.5", "1152921504606846976"},
            {"1.0", "1"},
            {"-1.0", "-2"},
            {"2.5", "1152921504606846978"},
            {"-2.5", "-1152921504606846978"},
            {"1.1", "230584300921369601"},
            {"1e+100", "1822893315824342674"},
            {"1e-300", "482449582752280463"},
            {"-1e+300", "-1224995262755759164"},
            {"0.1", "230584300921369408"},
            {"5e-324", "16777216"},
            {"1.7976931348623157e+308", "2234066890152476671"},
            {"inf", "314159"},
            {"-inf", "-314159"},
            {"2.305843009213694e+18", "1"},
            {"4.611686018427389e+18", "1026"},
    };
    private static final String[][] RATIO = {
            {"0.5", "OK (1, 2)"},
            {"0.1", "OK (3602879701896397, 36028797018963968)"},
            {"-1.25", "OK (-5, 4)"},
            {"3.0", "OK (3, 1)"},
            {"0.0", "OK (0, 1)"},
            {"0.001", "OK (1152921504606847, 1152921504606846976)"},
            {"1.1805916207174113e+21", "OK (1180591620717411303424, 1)"},
            {"5e-324", "OK (1, 202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494784)"},
            {"1.7976931348623157e+308", "OK (179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368, 1)"},
            {"inf", "OverflowError: cannot convert Infinity to integer ratio"},
            {"nan", "ValueError: cannot convert NaN to integer ratio"},
    };

    @Test
    void reprIsShortestRoundTrip() {
        for (int i = 0; i < REPR.length; i += 2) {
            double v = ((PyFloat) Abstract.callMethod(PyFloat.TYPE, "fromhex", py(REPR[i]))).value;
            assertRepr(REPR[i + 1], PyFloat.of(v));
            assertEquals(REPR[i + 1], str(PyFloat.of(v)));
            assertEquals(v, d(REPR[i + 1]), REPR[i + 1]);
        }
        assertRepr("inf", PyFloat.of(Double.POSITIVE_INFINITY));
        assertRepr("-inf", PyFloat.of(Double.NEGATIVE_INFINITY));
        assertRepr("nan", PyFloat.of(Double.NaN));
        assertRepr("nan", PyFloat.of(-Double.NaN));
    }

    @Test
    void parsing() {
        for (String[] r : PARSE) assertEquals(r[1], outcome(() -> builtin(PyFloat.TYPE, r[0])), "float(" + r[0] + ")");
        assertRepr("2.5", builtin(PyFloat.TYPE, PyBytes.wrap("2.5".getBytes())));
        assertRaises(PyExc.ValueError, "could not convert string to float: b'\\xff'",
                () -> builtin(PyFloat.TYPE, PyBytes.wrap(new byte[] {-1})));
    }

    @Test
    void construction() {
        assertRepr("0.0", builtin(PyFloat.TYPE));
        assertRepr("5.0", builtin(PyFloat.TYPE, 5));
        assertRepr("1.0", builtin(PyFloat.TYPE, true));
        assertRepr("1.2089258196146292e+24", builtin(PyFloat.TYPE, BigInteger.TWO.pow(80)));
        assertRaises(PyExc.OverflowError, "int too large to convert to float", () -> builtin(PyFloat.TYPE, BigInteger.TEN.pow(400)));
        assertRaises(PyExc.TypeError, "float() argument must be a string or a real number, not 'NoneType'",
                () -> builtin(PyFloat.TYPE, (Object) null));
        assertRaises(PyExc.TypeError, "float() argument must be a string or a real number, not 'complex'",
                () -> builtin(PyFloat.TYPE, PyComplex.of(1, 2)));
        assertRaises(PyExc.TypeError, "float expected at most 1 argument, got 2", () -> builtin(PyFloat.TYPE, 1, 2));
        assertRaises(PyExc.TypeError, "float() takes no keyword arguments",
                () -> PyFloat.TYPE.call(new PyObject[] {py(1)}, new String[] {"x"}));
        PyFloat x = PyFloat.of(2.5);
        assertSame(x, builtin(PyFloat.TYPE, x));
        PyType sub = (PyType) builtin(PyType.TYPE, "F", tuple(PyFloat.TYPE), dict());
        PyObject s = builtin(sub, 1.5);
        assertSame(sub, s.type);
        assertNotNull(s.getDict());
        assertSame(PyFloat.TYPE, builtin(PyFloat.TYPE, s).type);
        assertSame(PyFloat.TYPE, binop(s, BinaryOp.ADD, 1).type);
        assertSame(PyFloat.TYPE, Abstract.positive(s).type);
        assertSame(PyFloat.TYPE, Abstract.getAttr(s, "real").type);
        assertSame(sub, Abstract.callMethod(sub, "fromhex", py("0x1p0")).type);
    }

    @Test
    void operatorsMatchCPython() {
        for (String[] r : OPS) {
            PyObject a = operand(r[1]), b = operand(r[2]);
            String got = switch (r[0]) {
                case "divmod" -> outcome(() -> {
                    PyObject q = Abstract.callSpecial(a, "__divmod__", b);
                    return q == null || q == PyNotImplemented.NOT_IMPLEMENTED ? Abstract.callSpecial(b, "__rdivmod__", a) : q;
                });
                default -> outcome(() -> Abstract.binaryOp(a, b, switch (r[0]) {
                    case "+" -> BinaryOp.ADD; case "-" -> BinaryOp.SUB; case "*" -> BinaryOp.MUL; case "/" -> BinaryOp.TRUEDIV;
                    case "//" -> BinaryOp.FLOORDIV; case "%" -> BinaryOp.MOD; default -> BinaryOp.POW;
                }));
            };
            assertEquals(r[3], got, r[1] + " " + r[0] + " " + r[2]);
        }
    }

    @Test
    void fastPaths() {
        assertEquals(-4.0, PyFloat.floordiv(-7.5, 2));
        assertEquals(0.5, PyFloat.mod(-7.5, 2));
        assertEquals(-0.5, PyFloat.mod(7.5, -2));
        assertEquals(0.0, PyFloat.mod(-0.0, 5));
        assertEquals(Double.POSITIVE_INFINITY, PyFloat.mod(-5, Double.POSITIVE_INFINITY));
        assertArrayEquals(new double[] {-0.0, 0.0}, PyFloat.divmod(-0.0, 1));
        assertEquals(0.25, PyFloat.pow(2, -2));
        assertRaises(PyExc.ZeroDivisionError, "float division by zero", () -> PyFloat.truediv(1, 0));
        assertRaises(PyExc.ZeroDivisionError, "float floor division by zero", () -> PyFloat.floordiv(1, 0));
        assertRaises(PyExc.ZeroDivisionError, "float modulo", () -> PyFloat.mod(1, 0));
        assertRaises(PyExc.ZeroDivisionError, "float divmod()", () -> PyFloat.divmod(1, 0));
        assertRaises(PyExc.OverflowError, "(34, 'Numerical result out of range')", () -> PyFloat.pow(10, 400));
        assertRepr("(34, 'Numerical result out of range')", Abstract.getAttr(
                assertRaises(PyExc.OverflowError, "(34, 'Numerical result out of range')", () -> PyFloat.pow(10, 400)), "args"));
        assertRepr("(1.0000000000000002+1.7320508075688772j)", PyFloat.power(-8, 1.0 / 3));
        assertEquals(3.0, PyFloat.asDouble(py(3)));
        assertRaises(PyExc.TypeError, "must be real number, not str", () -> PyFloat.asDouble(py("x")));
        assertRepr("-3", PyFloat.toInt(-3.7));
        assertRepr("1000000000000000000000", PyFloat.toInt(1e21));
    }

    @Test
    void comparisons() {
        assertTrue(cmp(1.0, CompareOp.EQ, 1));
        assertFalse(cmp(1.1, CompareOp.EQ, 1));
        PyObject p60 = binop(2, BinaryOp.POW, 60);
        assertTrue(cmp(p60, CompareOp.EQ, PyFloat.of(0x1p60)));
        assertFalse(cmp(binop(p60, BinaryOp.ADD, 1), CompareOp.EQ, PyFloat.of(0x1p60)));
        assertTrue(cmp(binop(p60, BinaryOp.ADD, 1), CompareOp.GT, PyFloat.of(0x1p60)));
        assertTrue(cmp(Double.POSITIVE_INFINITY, CompareOp.GT, binop(10, BinaryOp.POW, 1000)));
        assertFalse(cmp(Double.NaN, CompareOp.EQ, Double.NaN));
        assertTrue(cmp(Double.NaN, CompareOp.NE, Double.NaN));
        assertFalse(cmp(Double.NaN, CompareOp.LT, 1));
        assertTrue(cmp(0.0, CompareOp.EQ, -0.0));
        assertTrue(cmp(1.5, CompareOp.GT, true));
        assertRepr("True", call(py(1.0), "__eq__", 1));
        assertRepr("NotImplemented", call(py(1.0), "__lt__", "x"));
        assertFalse(eq(1.5, "x"));
        PyObject nan = py(Double.NaN);
        PyDict dct = new PyDict();
        dct.put(nan, py(1));
        assertRepr("1", dct.get(nan));
        assertNull(dct.get(py(Double.NaN)));
    }

    @Test
    void rounding() {
        for (String[] r : ROUND) {
            PyObject x = PyFloat.of(d(r[0]));
            String got = r[1].equals("None") ? outcome(() -> call(x, "__round__"))
                    : outcome(() -> call(x, "__round__", new BigInteger(r[1])));
            assertEquals(r[2], got, "round(" + r[0] + ", " + r[1] + ")");
        }
        assertRepr("2", call(py(2.5), "__round__", (Object) null));
        assertRaises(PyExc.TypeError, "'float' object cannot be interpreted as an integer", () -> call(py(1.5), "__round__", 1.5));
        assertRepr("3", call(py(3.7), "__trunc__"));
        assertRepr("-3", call(py(-3.7), "__trunc__"));
        assertRepr("3", call(py(3.7), "__floor__"));
        assertRepr("-3", call(py(-3.7), "__ceil__"));
        assertRepr("2", call(py(2.999999), "__int__"));
    }

    @Test
    void hexAndFromhex() {
        for (String[] r : HEX) assertEquals(r[1], str(call(PyFloat.of(d(r[0])), "hex")), r[0]);
        for (String[] r : FROMHEX) {
            assertEquals(r[1], outcome(() -> Abstract.callMethod(PyFloat.TYPE, "fromhex", py(r[0]))), "fromhex " + r[0]);
        }
        assertRaises(PyExc.TypeError, "bad argument type for built-in operation", () -> Abstract.callMethod(PyFloat.TYPE, "fromhex", py(5)));
    }

    @Test
    void hashes() {
        for (String[] r : HASH) assertEquals(Long.parseLong(r[1]), Abstract.hash(PyFloat.of(d(r[0]))), "hash(" + r[0] + ")");
        PyObject nan = py(Double.NaN);
        assertEquals(Abstract.hash(nan), Abstract.hash(nan));
        assertEquals(Abstract.hash(py(1e100)), Abstract.hash(PyFloat.toInt(1e100)));
        assertEquals(py(2.5).hashCode(), py(2.5).hashCode());
    }

    @Test
    void methodsAndAttributes() {
        for (String[] r : RATIO) {
            assertEquals(r[1], outcome(() -> call(PyFloat.of(d(r[0])), "as_integer_ratio")), r[0]);
        }
        assertRepr("True", call(py(1.0), "is_integer"));
        assertRepr("False", call(py(1.5), "is_integer"));
        assertRepr("True", call(py(-0.0), "is_integer"));
        assertRepr("False", call(py(Double.POSITIVE_INFINITY), "is_integer"));
        assertRepr("False", call(py(Double.NaN), "is_integer"));
        assertRepr("2.5", Abstract.getAttr(py(2.5), "real"));
        assertRepr("0.0", Abstract.getAttr(py(2.5), "imag"));
        assertRepr("2.5", call(py(2.5), "conjugate"));
        assertRepr("(2.5,)", call(py(2.5), "__getnewargs__"));
        assertRepr("'IEEE, little-endian'", Abstract.callMethod(PyFloat.TYPE, "__getformat__", py("double")));
        assertRepr("-2.5", Abstract.negative(py(2.5)));
        assertRepr("2.5", call(py(-2.5), "__abs__"));
        assertFalse(Abstract.isTrue(py(-0.0)));
        assertRaises(PyExc.AttributeError, "attribute 'real' of 'float' objects is not writable",
                () -> Abstract.setAttr(py(1.5), "real", py(2)));
    }

    @Test
    void formatting() {
        assertEquals("1,234.57", str(Abstract.format(py(1234.5678), py(",.2f"))));
        assertEquals("1.5", str(Abstract.format(py(1.5), py(""))));
        assertEquals("1e+16", str(Abstract.format(py(1e16), py(""))));
        assertRaises(PyExc.ValueError, "Unknown format code 'd' for object of type 'float'",
                () -> Abstract.format(py(1.5), py("d")));
    }
}
