package org.gilpy.objects;

/**
 * A parsed standard format specifier (the mini-language of {@code format()},
 * {@code str.format} and f-strings):
 * {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}.
 *
 * <p>Parsing follows CPython 3.11 exactly, including its error messages; it checks
 * only what the syntax alone decides. What a spec means for a type (which presentation
 * types it allows, and so on) is checked by the formatter ({@link NumberFormatter} for
 * numbers). Fields hold 0 (or -1 for numbers) when the part is absent.
 */
public final class FormatSpec {
    /** The fill code point (' ' unless given; '0' when the 0 flag sets it). */
    public final int fill;
    /** One of {@code < > = ^}, or 0 when absent (the caller applies its default). */
    public final char align;
    /** One of {@code + - space}, or 0 when absent. */
    public final char sign;
    /** The {@code z} flag: negative zero formats as zero. */
    public final boolean noNegZero;
    /** The {@code #} flag. */
    public final boolean alternate;
    /** Minimum width, or -1. */
    public final int width;
    /** ',' or '_', or 0. */
    public final char grouping;
    /** Precision, or -1. */
    public final int precision;
    /** The presentation type code point, or 0. */
    public final int type;
    /** True when the fill character was written explicitly ({@code x<}). */
    public final boolean fillGiven;

    /** The empty spec: all parts absent. */
    public static final FormatSpec EMPTY = new FormatSpec(' ', (char) 0, (char) 0, false, false, -1, (char) 0, -1, 0, false);

    public FormatSpec(int fill, char align, char sign, boolean noNegZero, boolean alternate, int width,
                      char grouping, int precision, int type, boolean fillGiven) {
        this.fill = fill;
        this.align = align;
        this.sign = sign;
        this.noNegZero = noNegZero;
        this.alternate = alternate;
        this.width = width;
        this.grouping = grouping;
        this.precision = precision;
        this.type = type;
        this.fillGiven = fillGiven;
    }

    /** A copy with another presentation type and precision (used by formatters that delegate). */
    public FormatSpec withType(int newType, int newPrecision) {
        return new FormatSpec(fill, align, sign, noNegZero, alternate, width, grouping, newPrecision, newType, fillGiven);
    }

    /** A copy without width (so a part can be formatted and then padded as a whole). */
    public FormatSpec withoutWidth() {
        return new FormatSpec(fill, align, sign, noNegZero, alternate, -1, grouping, precision, type, fillGiven);
    }

    /** Parses a spec for a number: the 0 flag means '=' alignment unless an alignment is given. */
    public static FormatSpec parse(String spec, String typeName) {
        return parse(spec, typeName, '>');
    }

    /**
     * Parses {@code spec}; {@code typeName} is the Python type named in error messages and
     * {@code defaultAlign} is the type's default alignment ('>' for numbers, '<' for str),
     * which decides what the 0 flag does.
     */
    public static FormatSpec parse(String spec, String typeName, char defaultAlign) {
        int[] cps = spec.codePoints().toArray();
        int n = cps.length, pos = 0;
        int fill = ' ';
        char align = 0, sign = 0, grouping = 0;
        boolean fillGiven = false, noNegZero = false, alternate = false;
        if (n >= 2 && isAlign(cps[1])) {
            fill = cps[0];
            align = (char) cps[1];
            fillGiven = true;
            pos = 2;
        } else if (n >= 1 && isAlign(cps[0])) {
            align = (char) cps[0];
            pos = 1;
        }
        if (pos < n && (cps[pos] == '+' || cps[pos] == '-' || cps[pos] == ' ')) sign = (char) cps[pos++];
        if (pos < n && cps[pos] == 'z') {
            noNegZero = true;
            pos++;
        }
        if (pos < n && cps[pos] == '#') {
            alternate = true;
            pos++;
        }
        if (!fillGiven && pos < n && cps[pos] == '0') {
            fill = '0';
            if (align == 0 && defaultAlign == '>') align = '=';
            pos++;
        }
        int start = pos;
        long width = 0;
        while (pos < n && cps[pos] >= '0' && cps[pos] <= '9') {
            width = width * 10 + (cps[pos++] - '0');
            if (width > Integer.MAX_VALUE) throw PyErr.valueError("Too many decimal digits in format string");
        }
        if (pos == start) width = -1;
        if (pos < n && cps[pos] == ',') {
            grouping = ',';
            pos++;
        }
        if (pos < n && cps[pos] == '_') {
            if (grouping != 0) throw PyErr.valueError("Cannot specify both ',' and '_'.");
            grouping = '_';
            pos++;
        }
        if (pos < n && cps[pos] == ',' && grouping == '_') {
            throw PyErr.valueError("Cannot specify both ',' and '_'.");
        }
        long precision = -1;
        if (pos < n && cps[pos] == '.') {
            pos++;
            start = pos;
            precision = 0;
            while (pos < n && cps[pos] >= '0' && cps[pos] <= '9') {
                precision = precision * 10 + (cps[pos++] - '0');
                if (precision > Integer.MAX_VALUE) throw PyErr.valueError("Too many decimal digits in format string");
            }
            if (pos == start) throw PyErr.valueError("Format specifier missing precision");
        }
        if (n - pos > 1) {
            throw PyErr.valueError("Invalid format specifier '%s' for object of type '%s'", spec, typeName);
        }
        int type = pos < n ? cps[pos] : 0;
        if (grouping != 0) {
            switch (type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0 -> { }
                case 'b', 'o', 'x', 'X' -> {
                    if (grouping != '_') throw invalidGrouping(grouping, type);
                }
                default -> throw invalidGrouping(grouping, type);
            }
        }
        return new FormatSpec(fill, align, sign, noNegZero, alternate, (int) width, grouping, (int) precision, type, fillGiven);
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    private static PyException invalidGrouping(char grouping, int type) {
        return PyErr.valueError("Cannot specify '%c' with %s.", grouping, quoteType(type));
    }

    /** A presentation type as CPython shows it in messages: 'x', or '\x20' outside printable ASCII. */
    public static String quoteType(int type) {
        if (type > 32 && type < 128) return "'" + (char) type + "'";
        return "'\\x" + Integer.toHexString(type) + "'";
    }

    /** ValueError "Unknown format code 'q' for object of type 'int'". */
    public static PyException unknownType(int type, String typeName) {
        return PyErr.valueError("Unknown format code %s for object of type '%s'", quoteType(type), typeName);
    }

    /**
     * Pads {@code body} (whose length in code points is {@code len}) to the width with the
     * fill, using {@code align} (or {@code defaultAlign} when absent; '=' is treated as '>').
     */
    public String pad(String body, char defaultAlign) {
        int len = body.codePointCount(0, body.length());
        if (width <= len) return body;
        char a = align == 0 ? defaultAlign : align;
        int total = width - len;
        int left = switch (a) {
            case '<' -> 0;
            case '^' -> total / 2;
            default -> total;
        };
        StringBuilder b = new StringBuilder(body.length() + total);
        repeat(b, fill, left);
        b.append(body);
        repeat(b, fill, total - left);
        return b.toString();
    }

    static void repeat(StringBuilder b, int cp, int count) {
        for (int i = 0; i < count; i++) b.appendCodePoint(cp);
    }
}
