package org.gilpy.objects;

/**
 * {@code format(number, spec)} for int, float and complex, as CPython 3.11 lays numbers
 * out: sign, base prefix, digits with grouping (and the zero padding that grows with the
 * grouping), then the "remainder" (fraction, exponent, '%'), padded and aligned. The
 * string-formatting code ({@code %}, {@code str.format}) reuses these with a
 * {@link FormatSpec} it builds itself.
 */
public final class NumberFormatter {
    private NumberFormatter() {}

    /** {@code int.__format__} with a non-empty spec (types b c d o x X n, the float types, or none). */
    public static String formatInt(PyInt v, FormatSpec spec) {
        return formatInt(v, spec, v.type.name);
    }

    public static String formatInt(PyInt v, FormatSpec spec, String typeName) {
        int t = spec.type;
        switch (t) {
            case 'e', 'E', 'f', 'F', 'g', 'G', '%':
                return formatFloat(v.toDouble(), spec, typeName);
            case 0, 'd', 'n', 'b', 'o', 'x', 'X', 'c':
                break;
            default:
                throw FormatSpec.unknownType(t, typeName);
        }
        if (spec.precision >= 0) throw PyErr.valueError("Precision not allowed in integer format specifier");
        if (spec.noNegZero) {
            throw PyErr.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (t == 'c') {
            if (spec.sign != 0) throw PyErr.valueError("Sign not allowed with integer format specifier 'c'");
            if (spec.alternate) {
                throw PyErr.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (v.big != null) throw PyErr.overflowError("Python int too large to convert to C long");
            if (v.value < 0 || v.value > 0x10ffff) {
                throw PyErr.overflowError("%c arg not in range(0x110000)");
            }
            return assemble("", "", new String(Character.toChars((int) v.value)), "", spec, (char) 0, 3);
        }
        int radix = switch (t) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        boolean negative = v.signum() < 0;
        String digits;
        if (v.big == null && v.value != Long.MIN_VALUE) {
            digits = Long.toString(Math.abs(v.value), radix);
        } else {
            digits = radix == 10 ? IntParse.toDecimal(v.toBig().abs()) : v.toBig().abs().toString(radix);
        }
        String prefix = "";
        if (spec.alternate && radix != 10) prefix = radix == 2 ? "0b" : radix == 8 ? "0o" : "0x";
        if (t == 'X') {
            digits = digits.toUpperCase();
            prefix = prefix.toUpperCase();
        }
        return assemble(signOf(negative, spec.sign), prefix, digits, "", spec, spec.grouping, radix == 10 ? 3 : 4);
    }

    /** {@code float.__format__} with a non-empty spec. */
    public static String formatFloat(double v, FormatSpec spec) {
        return formatFloat(v, spec, "float");
    }

    public static String formatFloat(double v, FormatSpec spec, String typeName) {
        int t = spec.type;
        int precision = spec.precision;
        char mode;
        boolean addDot0 = false;
        String suffix = "";
        switch (t) {
            case 0 -> {
                addDot0 = true;
                mode = precision < 0 ? 'r' : 'g';
            }
            case 'e', 'E' -> mode = 'e';
            case 'f', 'F' -> mode = 'f';
            case 'g', 'G', 'n' -> mode = 'g';
            case '%' -> {
                mode = 'f';
                v *= 100;
                suffix = "%";
            }
            default -> throw FormatSpec.unknownType(t, typeName);
        }
        if (precision < 0) precision = mode == 'r' ? 0 : 6;
        String body = FloatRepr.format(Math.abs(v), mode, precision, spec.alternate, addDot0);
        if (t == 'E' || t == 'F' || t == 'G') body = body.toUpperCase();
        boolean negative = !Double.isNaN(v) && Double.doubleToRawLongBits(v) < 0;
        if (negative && spec.noNegZero && isZero(body)) negative = false;
        return assembleNumber(signOf(negative, spec.sign), body + suffix, spec, spec.grouping);
    }

    /** {@code complex.__format__} (and, with an empty spec, {@code repr(complex)}). */
    public static String formatComplex(double re, double im, FormatSpec spec) {
        return formatComplex(re, im, spec, "complex");
    }

    public static String formatComplex(double re, double im, FormatSpec spec, String typeName) {
        int t = spec.type;
        switch (t) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n' -> { }
            default -> throw FormatSpec.unknownType(t, typeName);
        }
        if (spec.fill == '0') throw PyErr.valueError("Zero padding is not allowed in complex format specifier");
        if (spec.align == '=') {
            throw PyErr.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        int precision = spec.precision;
        boolean skipRe = false, parens = false;
        char mode;
        switch (t) {
            case 0 -> {
                mode = precision < 0 ? 'r' : 'g';
                if (re == 0.0 && Double.doubleToRawLongBits(re) == 0) {
                    skipRe = true;
                } else {
                    parens = true;
                }
            }
            case 'e', 'E' -> mode = 'e';
            case 'f', 'F' -> mode = 'f';
            case 'g', 'G', 'n' -> mode = 'g';
            default -> throw FormatSpec.unknownType(t, typeName);
        }
        if (precision < 0) precision = mode == 'r' ? 0 : 6;
        boolean upper = t == 'E' || t == 'F' || t == 'G';
        StringBuilder b = new StringBuilder();
        if (parens) b.append('(');
        if (!skipRe) b.append(complexPart(re, mode, precision, spec, spec.sign, upper));
        b.append(complexPart(im, mode, precision, spec, skipRe ? spec.sign : '+', upper));
        b.append('j');
        if (parens) b.append(')');
        return spec.pad(b.toString(), '>');
    }

    private static String complexPart(double v, char mode, int precision, FormatSpec spec, char sign, boolean upper) {
        String body = FloatRepr.format(Math.abs(v), mode, precision, spec.alternate, false);
        if (upper) body = body.toUpperCase();
        boolean negative = !Double.isNaN(v) && Double.doubleToRawLongBits(v) < 0;
        if (negative && spec.noNegZero && isZero(body)) negative = false;
        String[] parts = splitDigits(body);
        return signOf(negative, sign) + group(parts[0], 0, spec.grouping, 3) + parts[1];
    }

    // ---- layout --------------------------------------------------------------------

    private static String signOf(boolean negative, char sign) {
        if (negative) return "-";
        return sign == '+' ? "+" : sign == ' ' ? " " : "";
    }

    /** True when a formatted magnitude shows only zeros (so 'z' drops the minus sign). */
    private static boolean isZero(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e' || c == 'E' || c == '%') break;
            if (c != '0' && c != '.') return false;
        }
        return true;
    }

    /** {leading decimal digits, the rest}. */
    private static String[] splitDigits(String body) {
        int i = 0;
        while (i < body.length() && body.charAt(i) >= '0' && body.charAt(i) <= '9') i++;
        return new String[] {body.substring(0, i), body.substring(i)};
    }

    private static String assembleNumber(String sign, String body, FormatSpec spec, char sep) {
        String[] parts = splitDigits(body);
        return assemble(sign, "", parts[0], parts[1], spec, sep, 3);
    }

    /**
     * Lays out sign + prefix + grouped digits + remainder to the spec's width. With '0'
     * fill and '=' alignment the padding is made of digits, so it is grouped too.
     */
    static String assemble(String sign, String prefix, String digits, String remainder, FormatSpec spec,
                           char sep, int groupLen) {
        char align = spec.align == 0 ? '>' : spec.align;
        int fixed = sign.length() + prefix.length() + remainder.codePointCount(0, remainder.length());
        if (sep != 0 && !digits.isEmpty()) {
            int minWidth = spec.fill == '0' && align == '=' ? spec.width - fixed : 0;
            digits = group(digits, minWidth, sep, groupLen);
        }
        int len = fixed + digits.codePointCount(0, digits.length());
        int pad = spec.width - len;
        if (pad <= 0) return sign + prefix + digits + remainder;
        StringBuilder b = new StringBuilder(len + pad);
        switch (align) {
            case '<' -> {
                b.append(sign).append(prefix).append(digits).append(remainder);
                FormatSpec.repeat(b, spec.fill, pad);
            }
            case '^' -> {
                FormatSpec.repeat(b, spec.fill, pad / 2);
                b.append(sign).append(prefix).append(digits).append(remainder);
                FormatSpec.repeat(b, spec.fill, pad - pad / 2);
            }
            case '=' -> {
                b.append(sign).append(prefix);
                FormatSpec.repeat(b, spec.fill, pad);
                b.append(digits).append(remainder);
            }
            default -> {
                FormatSpec.repeat(b, spec.fill, pad);
                b.append(sign).append(prefix).append(digits).append(remainder);
            }
        }
        return b.toString();
    }

    /**
     * Inserts {@code sep} every {@code groupLen} digits from the right, adding leading
     * zeros (and their separators) until at least {@code minWidth} characters, the way
     * CPython's InsertThousandsGrouping does (never starting with a separator).
     */
    static String group(String digits, int minWidth, char sep, int groupLen) {
        if (digits.isEmpty()) return digits;                 // inf, nan: nothing to group
        if (sep == 0) {
            if (digits.length() >= minWidth) return digits;
            return "0".repeat(minWidth - digits.length()) + digits;
        }
        StringBuilder rev = new StringBuilder();
        int remaining = digits.length();
        boolean useSep = false;
        while (true) {
            int l = Math.min(groupLen, Math.max(Math.max(remaining, minWidth), 1));
            int zeros = Math.max(0, l - remaining);
            int chars = Math.max(0, Math.min(remaining, l));
            if (useSep) rev.append(sep);
            for (int i = 0; i < chars; i++) rev.append(digits.charAt(remaining - 1 - i));
            for (int i = 0; i < zeros; i++) rev.append('0');
            useSep = true;
            remaining -= chars;
            minWidth -= l;
            if (remaining <= 0 && minWidth <= 0) break;
            minWidth -= 1;
        }
        return rev.reverse().toString();
    }
}
