package org.gilpy.objects;

import static org.gilpy.objects.PyAsserts.*;
import static org.junit.jupiter.api.Assertions.*;

import org.gilpy.bytecode.BinaryOp;
import org.gilpy.bytecode.CompareOp;
import org.junit.jupiter.api.Test;

/**
 * complex against CPython 3.11. The tables were produced by CPython; operands are
 * "c" + real + "," + imag, "f" + a float repr or "i" + an int.
 */
class PyComplexTest {

    static double d(String s) {
        return switch (s) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(s);
        };
    }

    static PyObject operand(String s) {
        String v = s.substring(1);
        return switch (s.charAt(0)) {
            case 'c' -> PyComplex.of(d(v.substring(0, v.indexOf(','))), d(v.substring(v.indexOf(',') + 1)));
            case 'f' -> PyFloat.of(d(v));
            default -> PyInt.of(Long.parseLong(v));
        };
    }

    private static final String[][] REPR = {
            {"0", "1", "1j"},
            {"2", "3", "(2+3j)"},
            {"-0.0", "-1", "(-0-1j)"},
            {"0", "0", "0j"},
            {"-0.0", "-0.0", "(-0-0j)"},
            {"0", "-0.0", "-0j"},
            {"-0.0", "0", "(-0+0j)"},
            {"1.5", "-2.5", "(1.5-2.5j)"},
            {"1e+20", "1e-20", "(1e+20+1e-20j)"},
            {"inf", "0", "(inf+0j)"},
            {"nan", "1", "(nan+1j)"},
            {"1", "inf", "(1+infj)"},
            {"3", "0", "(3+0j)"},
            {"-0.0", "nan", "(-0+nanj)"},
            {"1e+16", "1e-05", "(1e+16+1e-05j)"},
            {"123456789012345678", "0.1", "(1.2345678901234568e+17+0.1j)"},
            {"nan", "nan", "(nan+nanj)"},
            {"-inf", "-inf", "(-inf-infj)"},
            {"0.1", "0.2", "(0.1+0.2j)"},
            {"5e-324", "-1.7976931348623157e+308", "(5e-324-1.7976931348623157e+308j)"},
    };
    private static final String[][] PARSE = {
            {"1+2j", "OK (1+2j)"},
            {" 3-4J ", "OK (3-4j)"},
            {"5j", "OK 5j"},
            {"-1.5", "OK (-1.5+0j)"},
            {"(1+1j)", "OK (1+1j)"},
            {"infj", "OK infj"},
            {"", "ValueError: complex() arg is a malformed string"},
            {"1+", "ValueError: complex() arg is a malformed string"},
            {"j1", "ValueError: complex() arg is a malformed string"},
            {"1+2i", "ValueError: complex() arg is a malformed string"},
            {"1 + 2j", "ValueError: complex() arg is a malformed string"},
            {"((1+2j))", "ValueError: complex() arg is a malformed string"},
            {"1+2jj", "ValueError: complex() arg is a malformed string"},
            {"1_0+2_0j", "OK (10+20j)"},
            {"1__0", "ValueError: could not convert string to complex: '1__0'"},
            {"( 1+2j )", "OK (1+2j)"},
            {" ( 1+2j ) ", "OK (1+2j)"},
            {"1e5j", "OK 100000j"},
            {"1e5+j", "OK (100000+1j)"},
            {"-j", "OK -1j"},
            {"j", "OK 1j"},
            {"+J", "OK 1j"},
            {"nan+nanj", "OK (nan+nanj)"},
            {"-infinityj", "OK -infj"},
            {"1+infj", "OK (1+infj)"},
            {"1ej", "ValueError: complex() arg is a malformed string"},
            {"1e+j", "ValueError: complex() arg is a malformed string"},
            {".5j", "OK 0.5j"},
            {"5.j", "OK 5j"},
            {"\u0663+\u0664j", "OK (3+4j)"},
            {"1111111111111111111111111111111111111111", "OK (1.1111111111111112e+39+0j)"},
            {"-0-0j", "OK (-0-0j)"},
            {"(1)", "OK (1+0j)"},
            {"(j)", "OK 1j"},
            {"1-1e-3j", "OK (1-0.001j)"},
            {"infinity+nanj", "OK (inf+nanj)"},
    };
    private static final String[][] OPS = {
            {"-", "c3.0,4.0", "c1.0,-2.0", "OK (2+6j)"},
            {"-", "c3.0,4.0", "c0.0,0.0", "OK (3+4j)"},
            {"-", "c3.0,4.0", "c-0.0,1.0", "OK (3+3j)"},
            {"-", "c3.0,4.0", "f2.5", "OK (0.5+4j)"},
            {"+", "c3.0,4.0", "c1e+300,1e+300", "OK (1e+300+1e+300j)"},
            {"/", "c3.0,4.0", "c1e+300,1e+300", "OK (3.4999999999999995e-300+5e-301j)"},
            {"*", "c3.0,4.0", "c0.0,1.0", "OK (-4+3j)"},
            {"**", "c3.0,4.0", "c0.0,1.0", "OK (-0.015283670216353499+0.3953270073191184j)"},
            {"*", "c3.0,4.0", "c1.0,1.0", "OK (-1+7j)"},
            {"-", "c3.0,4.0", "i-1", "OK (4+4j)"},
            {"*", "c3.0,4.0", "i-1", "OK (-3-4j)"},
            {"/", "c3.0,4.0", "f0.5", "OK (6+8j)"},
            {"*", "c3.0,4.0", "c1e-300,1e-300", "OK (-9.999999999999999e-301+7e-300j)"},
            {"**", "c3.0,4.0", "c1e-300,1e-300", "OK (1+2.5367331304357127e-300j)"},
            {"**", "c1.0,-2.0", "c1.0,-2.0", "OK (-0.22251715680177267-0.10070913113607541j)"},
            {"**", "c1.0,-2.0", "c0.0,0.0", "OK (1+0j)"},
            {"/", "c1.0,-2.0", "i2", "OK (0.5-1j)"},
            {"+", "c1.0,-2.0", "f2.5", "OK (3.5-2j)"},
            {"/", "c1.0,-2.0", "i1", "OK (1-2j)"},
            {"+", "c1.0,-2.0", "c0.0,1.0", "OK (1-1j)"},
            {"+", "c1.0,-2.0", "f0.5", "OK (1.5-2j)"},
            {"-", "c0.0,0.0", "f2.5", "OK (-2.5+0j)"},
            {"/", "c0.0,0.0", "i1", "OK 0j"},
            {"-", "c0.0,0.0", "i0", "OK 0j"},
            {"-", "c0.0,0.0", "f0.0", "OK 0j"},
            {"/", "c0.0,0.0", "c1e+300,1e+300", "OK 0j"},
            {"*", "c0.0,0.0", "cinf,0.0", "OK (nan+nanj)"},
            {"+", "c0.0,0.0", "c0.0,1.0", "OK 1j"},
            {"*", "c0.0,0.0", "c0.0,1.0", "OK 0j"},
            {"+", "c0.0,0.0", "f0.5", "OK (0.5+0j)"},
            {"-", "c0.0,0.0", "f0.5", "OK (-0.5+0j)"},
            {"-", "c-0.0,1.0", "i2", "OK (-2+1j)"},
            {"-", "c-0.0,1.0", "i0", "OK (-0+1j)"},
            {"*", "c-0.0,1.0", "c1e+300,1e+300", "OK (-1e+300+1e+300j)"},
            {"/", "c-0.0,1.0", "cinf,0.0", "OK 0j"},
            {"*", "c-0.0,1.0", "i-1", "OK -1j"},
            {"*", "c-0.0,1.0", "c1e-300,1e-300", "OK (-1e-300+1e-300j)"},
            {"*", "i2", "c3.0,4.0", "OK (6+8j)"},
            {"*", "i2", "c1.0,-2.0", "OK (2-4j)"},
            {"-", "i2", "c1e+300,1e+300", "OK (-1e+300-1e+300j)"},
            {"*", "i2", "c1e+300,1e+300", "OK (2e+300+2e+300j)"},
            {"**", "i2", "c1e+300,1e+300", "OverflowError: complex exponentiation"},
            {"+", "i2", "cinf,0.0", "OK (inf+0j)"},
            {"-", "i2", "c1.0,1.0", "OK (1-1j)"},
            {"-", "f2.5", "c1.0,-2.0", "OK (1.5+2j)"},
            {"/", "f2.5", "c1.0,-2.0", "OK (0.5+1j)"},
            {"-", "f2.5", "c-0.0,1.0", "OK (2.5-1j)"},
            {"/", "f2.5", "c-0.0,1.0", "OK -2.5j"},
            {"/", "f2.5", "c1e+300,1e+300", "OK (1.25e-300-1.25e-300j)"},
            {"-", "f2.5", "c1e-300,1e-300", "OK (2.5-1e-300j)"},
            {"*", "f2.5", "c1e-300,1e-300", "OK (2.5e-300+2.5e-300j)"},
            {"**", "f2.5", "c1e-300,1e-300", "OK (1+9.162907318741551e-301j)"},
            {"/", "i1", "c3.0,4.0", "OK (0.12-0.16j)"},
            {"**", "i1", "c1.0,-2.0", "OK (1+0j)"},
            {"*", "i1", "c1e+300,1e+300", "OK (1e+300+1e+300j)"},
            {"+", "i1", "c0.0,1.0", "OK (1+1j)"},
            {"*", "i1", "c1.0,1.0", "OK (1+1j)"},
            {"**", "i1", "c1.0,1.0", "OK (1+0j)"},
            {"+", "i0", "c1.0,-2.0", "OK (1-2j)"},
            {"-", "i0", "c1.0,-2.0", "OK (-1+2j)"},
            {"**", "i0", "c1.0,-2.0", "ZeroDivisionError: 0.0 to a negative or complex power"},
            {"**", "i0", "c0.0,0.0", "OK (1+0j)"},
            {"+", "i0", "c-0.0,1.0", "OK 1j"},
            {"**", "i0", "c-0.0,1.0", "ZeroDivisionError: 0.0 to a negative or complex power"},
            {"-", "i0", "c1e+300,1e+300", "OK (-1e+300-1e+300j)"},
            {"/", "i0", "c1e+300,1e+300", "OK 0j"},
            {"*", "i0", "cinf,0.0", "OK (nan+nanj)"},
            {"/", "i0", "cinf,0.0", "OK 0j"},
            {"**", "i0", "c0.0,1.0", "ZeroDivisionError: 0.0 to a negative or complex power"},
            {"-", "i0", "c1.0,1.0", "OK (-1-1j)"},
            {"*", "i0", "c2.0,0.0", "OK 0j"},
            {"**", "f0.0", "c3.0,4.0", "ZeroDivisionError: 0.0 to a negative or complex power"},
            {"-", "f0.0", "c1.0,-2.0", "OK (-1+2j)"},
            {"-", "f0.0", "c0.0,0.0", "OK 0j"},
            {"/", "f0.0", "c0.0,0.0", "ZeroDivisionError: complex division by zero"},
            {"*", "f0.0", "c-0.0,1.0", "OK (-0+0j)"},
            {"**", "f0.0", "c-0.0,1.0", "ZeroDivisionError: 0.0 to a negative or complex power"},
            {"/", "f0.0", "c1e+300,1e+300", "OK 0j"},
            {"*", "f0.0", "c2.0,0.0", "OK 0j"},
            {"*", "f0.0", "c1e-300,1e-300", "OK 0j"},
            {"+", "c1e+300,1e+300", "c3.0,4.0", "OK (1e+300+1e+300j)"},
            {"-", "c1e+300,1e+300", "c3.0,4.0", "OK (1e+300+1e+300j)"},
            {"-", "c1e+300,1e+300", "c0.0,0.0", "OK (1e+300+1e+300j)"},
            {"+", "c1e+300,1e+300", "c-0.0,1.0", "OK (1e+300+1e+300j)"},
            {"*", "c1e+300,1e+300", "i2", "OK (2e+300+2e+300j)"},
            {"/", "c1e+300,1e+300", "i1", "OK (1e+300+1e+300j)"},
            {"-", "c1e+300,1e+300", "i0", "OK (1e+300+1e+300j)"},
            {"/", "c1e+300,1e+300", "i0", "ZeroDivisionError: complex division by zero"},
            {"+", "c1e+300,1e+300", "c1.0,1.0", "OK (1e+300+1e+300j)"},
            {"*", "c1e+300,1e+300", "c1.0,1.0", "OK 2e+300j"},
            {"/", "c1e+300,1e+300", "c2.0,0.0", "OK (5e+299+5e+299j)"},
            {"**", "c1e+300,1e+300", "f0.5", "OK (1.09868411346781e+150+4.550898605622274e+149j)"},
            {"*", "cinf,0.0", "c0.0,0.0", "OK (nan+nanj)"},
            {"/", "cinf,0.0", "c0.0,0.0", "ZeroDivisionError: complex division by zero"},
            {"*", "cinf,0.0", "i2", "OK (inf+nanj)"},
            {"/", "cinf,0.0", "i0", "ZeroDivisionError: complex division by zero"},
            {"-", "cinf,0.0", "c1e+300,1e+300", "OK (inf-1e+300j)"},
            {"-", "cinf,0.0", "c1.0,1.0", "OK (inf-1j)"},
            {"+", "cinf,0.0", "f0.5", "OK (inf+0j)"},
            {"-", "cinf,0.0", "f0.5", "OK (inf+0j)"},
            {"+", "c0.0,1.0", "c3.0,4.0", "OK (3+5j)"},
            {"*", "c0.0,1.0", "c0.0,0.0", "OK 0j"},
            {"+", "c0.0,1.0", "c-0.0,1.0", "OK 2j"},
            {"/", "c0.0,1.0", "c-0.0,1.0", "OK (1-0j)"},
            {"/", "c0.0,1.0", "f2.5", "OK 0.4j"},
            {"**", "c0.0,1.0", "f2.5", "OK (-0.7071067811865477-0.7071067811865475j)"},
            {"+", "c0.0,1.0", "i1", "OK (1+1j)"},
            {"-", "c0.0,1.0", "i0", "OK 1j"},
            {"+", "c0.0,1.0", "f0.0", "OK 1j"},
            {"*", "c0.0,1.0", "c1e+300,1e+300", "OK (-1e+300+1e+300j)"},
            {"-", "c0.0,1.0", "cinf,0.0", "OK (-inf+1j)"},
            {"-", "c0.0,1.0", "i-1", "OK (1+1j)"},
            {"+", "c0.0,1.0", "c2.0,0.0", "OK (2+1j)"},
            {"*", "c0.0,1.0", "c2.0,0.0", "OK 2j"},
            {"/", "c0.0,1.0", "f0.5", "OK 2j"},
            {"-", "c0.0,1.0", "c1e-300,1e-300", "OK (-1e-300+1j)"},
            {"**", "c0.0,1.0", "c1e-300,1e-300", "OK (1+1.5707963267948965e-300j)"},
            {"**", "c1.0,1.0", "c3.0,4.0", "OK (-0.10081675027325637-0.06910517142735251j)"},
            {"**", "c1.0,1.0", "c1.0,-2.0", "OK (6.774115102589517+0.6266975685505319j)"},
            {"**", "c1.0,1.0", "c0.0,0.0", "OK (1+0j)"},
            {"*", "c1.0,1.0", "i2", "OK (2+2j)"},
            {"/", "c1.0,1.0", "i2", "OK (0.5+0.5j)"},
            {"*", "c1.0,1.0", "c1e+300,1e+300", "OK 2e+300j"},
            {"*", "c1.0,1.0", "cinf,0.0", "OK (inf+infj)"},
            {"+", "c1.0,1.0", "c1.0,1.0", "OK (2+2j)"},
            {"-", "c1.0,1.0", "c2.0,0.0", "OK (-1+1j)"},
            {"*", "c1.0,1.0", "c2.0,0.0", "OK (2+2j)"},
            {"*", "i-1", "c3.0,4.0", "OK (-3-4j)"},
            {"/", "i-1", "c1.0,-2.0", "OK (-0.2-0.4j)"},
            {"+", "i-1", "c0.0,0.0", "OK (-1+0j)"},
            {"/", "i-1", "c0.0,0.0", "ZeroDivisionError: complex division by zero"},
            {"*", "i-1", "cinf,0.0", "OK (-inf+nanj)"},
            {"*", "i-1", "c2.0,0.0", "OK (-2+0j)"},
            {"/", "i-1", "c2.0,0.0", "OK (-0.5+0j)"},
            {"/", "c2.0,0.0", "c0.0,0.0", "ZeroDivisionError: complex division by zero"},
            {"-", "c2.0,0.0", "c-0.0,1.0", "OK (2-1j)"},
            {"*", "c2.0,0.0", "c-0.0,1.0", "OK (-0+2j)"},
            {"-", "c2.0,0.0", "i2", "OK 0j"},
            {"/", "c2.0,0.0", "i2", "OK (1+0j)"},
            {"**", "c2.0,0.0", "f2.5", "OK (5.656854249492381+0j)"},
            {"+", "c2.0,0.0", "i1", "OK (3+0j)"},
            {"*", "c2.0,0.0", "i1", "OK (2+0j)"},
            {"/", "c2.0,0.0", "i1", "OK (2+0j)"},
            {"/", "c2.0,0.0", "i0", "ZeroDivisionError: complex division by zero"},
            {"+", "c2.0,0.0", "c1e+300,1e+300", "OK (1e+300+1e+300j)"},
            {"+", "c2.0,0.0", "c0.0,1.0", "OK (2+1j)"},
            {"*", "c2.0,0.0", "c0.0,1.0", "OK 2j"},
            {"**", "c2.0,0.0", "f0.5", "OK (1.4142135623730951+0j)"},
            {"*", "f0.5", "c3.0,4.0", "OK (1.5+2j)"},
            {"+", "f0.5", "c1.0,-2.0", "OK (1.5-2j)"},
            {"**", "f0.5", "c1.0,-2.0", "OK (0.09172848737165086+0.4915138702056219j)"},
            {"*", "f0.5", "c-0.0,1.0", "OK (-0+0.5j)"},
            {"/", "f0.5", "c-0.0,1.0", "OK -0.5j"},
            {"*", "f0.5", "c1e+300,1e+300", "OK (5e+299+5e+299j)"},
            {"**", "f0.5", "cinf,0.0", "OK (nan+nanj)"},
            {"*", "f0.5", "c0.0,1.0", "OK 0.5j"},
            {"+", "f0.5", "c1.0,1.0", "OK (1.5+1j)"},
            {"+", "f0.5", "c2.0,0.0", "OK (2.5+0j)"},
            {"*", "f0.5", "c2.0,0.0", "OK (1+0j)"},
            {"**", "f0.5", "c2.0,0.0", "OK (0.25+0j)"},
            {"*", "c1e-300,1e-300", "c0.0,0.0", "OK 0j"},
            {"**", "c1e-300,1e-300", "f2.5", "OK (-0+0j)"},
            {"/", "c1e-300,1e-300", "i1", "OK (1e-300+1e-300j)"},
            {"**", "c1e-300,1e-300", "i0", "OK (1+0j)"},
            {"/", "c1e-300,1e-300", "f0.0", "ZeroDivisionError: complex division by zero"},
            {"**", "c1e-300,1e-300", "c1.0,1.0", "OK (4.1218490258278125e-302+6.434750879112199e-301j)"},
            {"+", "c1e-300,1e-300", "c1e-300,1e-300", "OK (2e-300+2e-300j)"},
            {"**", "c1e-300,1e-300", "c1e-300,1e-300", "OK (1-6.896435561445363e-298j)"},
            {"**", "c2.0,0.0", "i1000", "OK (1.0715086071862673e+301+0j)"},
            {"**", "c2.0,0.0", "f100.5", "OK (1.7927286711931566e+30+0j)"},
            {"**", "c1.0,1.0", "c1.0,1.0", "OK (0.2739572538301211+0.5837007587586147j)"},
            {"**", "c0.0,0.0", "c0.0,0.0", "OK (1+0j)"},
            {"**", "c0.0,0.0", "c1.0,1.0", "ZeroDivisionError: 0.0 to a negative or complex power"},
            {"**", "c0.0,0.0", "c0.0,1.0", "ZeroDivisionError: 0.0 to a negative or complex power"},
            {"**", "c0.0,0.0", "f-1.5", "ZeroDivisionError: 0.0 to a negative or complex power"},
            {"**", "c0.0,0.0", "f2.5", "OK 0j"},
            {"**", "c1e+300,1e+300", "i2", "OK (nan+nanj)"},
            {"**", "cinf,0.0", "i2", "OK (nan+nanj)"},
            {"**", "c1.0,1.0", "i10", "OK 32j"},
            {"**", "c1.0,1.0", "i-1", "OK (0.5-0.5j)"},
            {"**", "c2.0,0.0", "i100", "OK (1.2676506002282294e+30+0j)"},
            {"**", "c0.0,2.0", "i3", "OK (-0-8j)"},
            {"**", "c3.0,4.0", "c1.0,-2.0", "OK (-21.083139690689016-24.00021070941257j)"},
            {"**", "c3.0,4.0", "f0.5", "OK (2+1j)"},
            {"**", "i-1", "f0.5", "OK (6.123233995736766e-17+1j)"},
            {"**", "i2", "c1.0,1.0", "OK (1.5384778027279442+1.2779225526272695j)"},
            {"**", "f2.0", "c0.0,1.0", "OK (0.7692389013639721+0.6389612763136348j)"},
            {"**", "c1e+200,1e+200", "i3", "OK (nan+nanj)"},
            {"**", "c0.5,0.5", "i200", "OK (7.888609052210227e-31+7.748139445423007e-46j)"},
    };
    private static final String[][] HASH = {
            {"1.0", "0.0", "1"},
            {"0.0", "1.0", "1000003"},
            {"1.0", "1.0", "1000004"},
            {"1.0", "-1.0", "-2000005"},
            {"-1.0", "0.0", "-2"},
            {"inf", "0.0", "314159"},
            {"2.5", "0.0", "1152921504606846978"},
            {"0.5", "-0.25", "-576460752303423488"},
            {"1e+300", "1e-300", "-3889407508137364311"},
    };
    private static final String[][] FORMAT = {
            {"1.23456", "-7.891", "", "OK '(1.23456-7.891j)'"},
            {"1.23456", "-7.891", ".2f", "OK '1.23-7.89j'"},
            {"1.23456", "-7.891", "e", "OK '1.234560e+00-7.891000e+00j'"},
            {"1.23456", "-7.891", ".3g", "OK '1.23-7.89j'"},
            {"1.23456", "-7.891", "^30.2f", "OK '          1.23-7.89j          '"},
            {"1.23456", "-7.891", "+.1f", "OK '+1.2-7.9j'"},
            {"1.23456", "-7.891", "d", "ValueError: Unknown format code 'd' for object of type 'complex'"},
            {"1.23456", "-7.891", "010", "ValueError: Zero padding is not allowed in complex format specifier"},
            {"1.23456", "-7.891", "=10", "ValueError: '=' alignment flag is not allowed in complex format specifier"},
            {"1.23456", "-7.891", "0<10", "ValueError: Zero padding is not allowed in complex format specifier"},
            {"1.23456", "-7.891", "#", "OK '(1.23456-7.891j)'"},
            {"1.23456", "-7.891", ",", "OK '(1.23456-7.891j)'"},
            {"1.23456", "-7.891", "%", "ValueError: Unknown format code '%' for object of type 'complex'"},
            {"1.23456", "-7.891", "n", "OK '1.23456-7.891j'"},
            {"1.23456", "-7.891", ">20", "OK '    (1.23456-7.891j)'"},
            {"1.23456", "-7.891", ".2", "OK '(1.2-7.9j)'"},
            {"1.23456", "-7.891", "g", "OK '1.23456-7.891j'"},
            {"1.23456", "-7.891", "E", "OK '1.234560E+00-7.891000E+00j'"},
            {"1.23456", "-7.891", "z", "OK '(1.23456-7.891j)'"},
            {"1.23456", "-7.891", "F", "OK '1.234560-7.891000j'"},
            {"1.23456", "-7.891", "+", "OK '(+1.23456-7.891j)'"},
            {"1.23456", "-7.891", " ", "OK '( 1.23456-7.891j)'"},
            {"0.0", "1.0", "", "OK '1j'"},
            {"1.0", "0.0", "", "OK '(1+0j)'"},
            {"0.0", "1.0", "g", "OK '0+1j'"},
            {"-0.0", "-0.0", ".1f", "OK '-0.0-0.0j'"},
            {"3.0", "4.0", "10", "OK '    (3+4j)'"},
            {"-0.0", "-0.0", "z", "OK '(0+0j)'"},
            {"1.0", "nan", "", "OK '(1+nanj)'"},
            {"nan", "nan", "+", "OK '(+nan+nanj)'"},
            {"1e+20", "1e+16", "", "OK '(1e+20+1e+16j)'"},
            {"1e+20", "1e+16", ".3", "OK '(1e+20+1e+16j)'"},
            {"123456.5", "2.0", ",", "OK '(123,456.5+2j)'"},
            {"1.0", "2.0", "^+15.3f", "OK ' +1.000+2.000j '"},
            {"0.0", "1.0", "10", "OK '        1j'"},
            {"0.0", "0.0", ".2", "OK '0j'"},
            {"inf", "-inf", "F", "OK 'INF-INFj'"},
            {"0.0", "1.0", "#", "OK '1.j'"},
            {"1.5", "2.0", "x<12", "OK '(1.5+2j)xxxx'"},
    };

    @Test
    void repr() {
        for (String[] r : REPR) {
            PyComplex z = PyComplex.of(d(r[0]), d(r[1]));
            assertRepr(r[2], z);
            assertEquals(r[2], str(z));
        }
    }

    @Test
    void parsing() {
        for (String[] r : PARSE) assertEquals(r[1], outcome(() -> builtin(PyComplex.TYPE, r[0])), "complex(" + r[0] + ")");
    }

    @Test
    void construction() {
        assertRepr("0j", builtin(PyComplex.TYPE));
        assertRepr("(2+0j)", builtin(PyComplex.TYPE, 2));
        assertRepr("(1+0j)", builtin(PyComplex.TYPE, true, false));
        assertRepr("(-1+1j)", builtin(PyComplex.TYPE, PyComplex.of(0, 1), PyComplex.of(0, 1)));
        assertRepr("(1+5j)", builtin(PyComplex.TYPE, PyComplex.of(1, 2), 3));
        assertRepr("(1+2j)", PyComplex.TYPE.call(new PyObject[] {py(1), py(2)}, new String[] {"real", "imag"}));
        assertRepr("2j", PyComplex.TYPE.call(new PyObject[] {py(2)}, new String[] {"imag"}));
        assertRaises(PyExc.TypeError, "complex() can't take second arg if first is a string", () -> builtin(PyComplex.TYPE, "1", 2));
        assertRaises(PyExc.TypeError, "complex() second arg can't be a string", () -> builtin(PyComplex.TYPE, 1, "2"));
        assertRaises(PyExc.TypeError, "complex() first argument must be a string or a number, not 'NoneType'",
                () -> builtin(PyComplex.TYPE, (Object) null));
        assertRaises(PyExc.TypeError, "complex() first argument must be a string or a number, not 'list'",
                () -> builtin(PyComplex.TYPE, list()));
        assertRaises(PyExc.TypeError, "complex() second argument must be a number, not 'NoneType'",
                () -> builtin(PyComplex.TYPE, 1, null));
        assertRaises(PyExc.TypeError, "complex() first argument must be a string or a number, not 'bytes'",
                () -> builtin(PyComplex.TYPE, PyBytes.wrap(new byte[] {49})));
        assertRaises(PyExc.TypeError, "complex() takes at most 2 arguments (3 given)", () -> builtin(PyComplex.TYPE, 1, 2, 3));
        assertRaises(PyExc.TypeError, "'x' is an invalid keyword argument for complex()",
                () -> PyComplex.TYPE.call(new PyObject[] {py(1)}, new String[] {"x"}));
        PyComplex z = PyComplex.of(1, 2);
        assertSame(z, builtin(PyComplex.TYPE, z));
        PyType sub = (PyType) builtin(PyType.TYPE, "C", tuple(PyComplex.TYPE), dict());
        PyObject s = builtin(sub, 1, 1);
        assertSame(sub, s.type);
        assertSame(PyComplex.TYPE, binop(s, BinaryOp.ADD, 1).type);
        assertSame(PyComplex.TYPE, Abstract.negative(s).type);
        assertSame(PyComplex.TYPE, builtin(PyComplex.TYPE, s).type);
    }

    @Test
    void arithmeticMatchesCPython() {
        for (String[] r : OPS) {
            PyObject a = operand(r[1]), b = operand(r[2]);
            BinaryOp op = switch (r[0]) {
                case "+" -> BinaryOp.ADD; case "-" -> BinaryOp.SUB; case "*" -> BinaryOp.MUL; case "/" -> BinaryOp.TRUEDIV;
                default -> BinaryOp.POW;
            };
            assertEquals(r[3], outcome(() -> Abstract.binaryOp(a, b, op)), r[1] + " " + r[0] + " " + r[2]);
        }
        assertRaises(PyExc.TypeError, "unsupported operand type(s) for //: 'complex' and 'int'",
                () -> binop(PyComplex.of(3, 4), BinaryOp.FLOORDIV, 2));
        assertRaises(PyExc.TypeError, "unsupported operand type(s) for %: 'complex' and 'int'",
                () -> binop(PyComplex.of(3, 4), BinaryOp.MOD, 2));
        assertRaises(PyExc.ValueError, "complex modulo", () -> call(PyComplex.of(1, 2), "__pow__", 2, 3));
        assertRaises(PyExc.TypeError, "'<' not supported between instances of 'complex' and 'complex'",
                () -> Abstract.compare(PyComplex.of(1, 1), PyComplex.of(1, 1), CompareOp.LT));
    }

    @Test
    void absAndAttributes() {
        PyComplex z = PyComplex.of(3, -4);
        assertRepr("5.0", call(z, "__abs__"));
        assertRepr("4.9999999999999995e+200", call(PyComplex.of(3e200, 4e200), "__abs__"));
        assertRepr("1.4142135623730951e+308", call(PyComplex.of(1e308, 1e308), "__abs__"));
        assertRepr("inf", call(PyComplex.of(Double.POSITIVE_INFINITY, Double.NaN), "__abs__"));
        assertRaises(PyExc.OverflowError, "absolute value too large", () -> call(PyComplex.of(1.5e308, 1.5e308), "__abs__"));
        assertRepr("3.0", Abstract.getAttr(z, "real"));
        assertRepr("-4.0", Abstract.getAttr(z, "imag"));
        assertRepr("(3+4j)", call(z, "conjugate"));
        assertRepr("(3-4j)", call(z, "__complex__"));
        assertRepr("(3.0, -4.0)", call(z, "__getnewargs__"));
        assertRaises(PyExc.AttributeError, "readonly attribute", () -> Abstract.setAttr(z, "real", py(5)));
        assertFalse(Abstract.isTrue(PyComplex.of(0, -0.0)));
        assertTrue(Abstract.isTrue(PyComplex.of(0, 1)));
    }

    @Test
    void equalityAndHash() {
        for (String[] r : HASH) {
            assertEquals(Long.parseLong(r[2]), Abstract.hash(PyComplex.of(d(r[0]), d(r[1]))), r[0] + "," + r[1]);
        }
        assertTrue(eq(PyComplex.of(1, 0), 1));
        assertTrue(eq(1, PyComplex.of(1, 0)));
        assertFalse(eq(PyComplex.of(1, 2), 1));
        assertFalse(eq(PyComplex.of(0x1p53, 0), binop(binop(2, BinaryOp.POW, 53), BinaryOp.ADD, 1)));
        assertTrue(eq(PyComplex.of(2.5, 0), 2.5));
        assertRepr("NotImplemented", call(PyComplex.of(1, 2), "__eq__", "x"));
        assertEquals(Abstract.hash(py(1)), Abstract.hash(PyComplex.of(1, 0)));
        assertEquals(PyComplex.of(1, 0), py(1));
    }

    @Test
    void formatting() {
        for (String[] r : FORMAT) {
            PyComplex z = PyComplex.of(d(r[0]), d(r[1]));
            assertEquals(r[3], outcome(() -> Abstract.format(z, py(r[2]))), "format(" + r[0] + "," + r[1] + ", " + r[2] + ")");
        }
    }
}
