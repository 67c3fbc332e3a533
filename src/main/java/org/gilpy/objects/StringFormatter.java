package org.gilpy.objects;

/**
 * {@code str.format} / {@code str.format_map} (PEP 3101) and {@code str.__format__}.
 *
 * <p>A format string is literal text with replacement fields
 * {@code {field_name!conversion:format_spec}}; {@code {{}} and {@code }}} are literal
 * braces. Field names are automatic ({@code {}}), positional ({@code {0}}) or keyword
 * ({@code {name}}), followed by attribute ({@code .x}) and index ({@code [k]}) lookups. The
 * format spec may itself contain fields, expanded first (two levels deep at most). Each
 * value is rendered by {@link Abstract#format}, so every type's {@code __format__} applies.
 * Parsing follows CPython's {@code unicode_format.h} so that the same malformed strings
 * raise the same errors.
 */
final class StringFormatter {
    private final String fmt;
    private final PyObject[] args;
    private final int npos;
    private final String[] kwnames;
    /** The mapping of format_map, or null. */
    private final PyObject mapping;
    /** Automatic field numbering: 0 not yet decided, 1 automatic, 2 manual. */
    private int autoState;
    private int autoIndex;

    private StringFormatter(String fmt, PyObject[] args, String[] kwnames, PyObject mapping) {
        this.fmt = fmt;
        this.args = args;
        this.kwnames = kwnames;
        this.npos = args.length - (kwnames == null ? 0 : kwnames.length);
        this.mapping = mapping;
    }

    /** {@code fmt.format(*args, **kwargs)} given as (args, kwnames). */
    static String format(String fmt, PyObject[] args, String[] kwnames) {
        if (fmt.indexOf('{') < 0 && fmt.indexOf('}') < 0) return fmt;
        StringBuilder out = new StringBuilder(fmt.length() + 16);
        new StringFormatter(fmt, args, kwnames, null).render(out, 0, fmt.length(), 2);
        return out.toString();
    }

    /** {@code fmt.format_map(mapping)}. */
    static String formatMap(String fmt, PyObject mapping) {
        StringBuilder out = new StringBuilder(fmt.length() + 16);
        new StringFormatter(fmt, new PyObject[0], null, mapping).render(out, 0, fmt.length(), 2);
        return out.toString();
    }

    private static PyException error(String msg) {
        return PyErr.valueError("%s", msg);
    }

    /** Renders fmt[start:end] into out; depth counts the nesting levels still allowed. */
    private void render(StringBuilder out, int start, int end, int depth) {
        if (depth <= 0) throw error("Max string recursion exceeded");
        String s = fmt;
        int i = start;
        while (i < end) {
            char c = s.charAt(i);
            if (c != '{' && c != '}') {
                int j = i + 1;
                while (j < end && s.charAt(j) != '{' && s.charAt(j) != '}') j++;
                out.append(s, i, j);
                i = j;
                continue;
            }
            if (c == '}') {
                if (i + 1 < end && s.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw error("Single '}' encountered in format string");
            }
            if (i + 1 >= end) throw error("Single '{' encountered in format string");
            if (s.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
                continue;
            }
            i = field(out, i + 1, end, depth);
        }
    }

    /** Parses and renders the field starting after its '{'; returns the index after its '}'. */
    private int field(StringBuilder out, int pos, int end, int depth) {
        String s = fmt;
        int nameStart = pos;
        char c = 0;
        while (pos < end) {
            c = s.charAt(pos++);
            if (c == '{') throw error("unexpected '{' in field name");
            if (c == '[') {
                while (pos < end && s.charAt(pos) != ']') pos++;
                continue;
            }
            if (c == '}' || c == ':' || c == '!') break;
        }
        int nameEnd = pos - 1;
        int conversion = 0;
        int specStart = pos, specEnd = pos;
        boolean expand = false;
        if (c == '!' || c == ':') {
            if (c == '!') {
                if (pos >= end) throw error("end of string while looking for conversion specifier");
                conversion = s.codePointAt(pos);
                pos += Character.charCount(conversion);
                if (pos < end) {
                    char d = s.charAt(pos++);
                    if (d == '}') {
                        emit(out, nameStart, nameEnd, conversion, pos, pos, false, depth);
                        return pos;
                    }
                    if (d != ':') throw error("expected ':' after conversion specifier");
                }
            }
            specStart = pos;
            int count = 1;
            while (pos < end) {
                char d = s.charAt(pos++);
                if (d == '{') {
                    expand = true;
                    count++;
                } else if (d == '}' && --count == 0) {
                    specEnd = pos - 1;
                    emit(out, nameStart, nameEnd, conversion, specStart, specEnd, expand, depth);
                    return pos;
                }
            }
            throw error("unmatched '{' in format spec");
        }
        if (c != '}') throw error("expected '}' before end of string");
        emit(out, nameStart, nameEnd, conversion, specStart, specEnd, false, depth);
        return pos;
    }

    private void emit(StringBuilder out, int nameStart, int nameEnd, int conversion, int specStart, int specEnd,
                      boolean expand, int depth) {
        PyObject obj = resolve(nameStart, nameEnd);
        if (conversion != 0) {
            obj = switch (conversion) {
                case 'r' -> Abstract.repr(obj);
                case 's' -> Abstract.str(obj);
                case 'a' -> StrRepr.ascii(obj);
                default -> throw conversion > 32 && conversion < 127
                        ? PyErr.valueError("Unknown conversion specifier %c", (char) conversion)
                        : PyErr.valueError("Unknown conversion specifier \\x%x", conversion);
            };
        }
        String spec;
        if (expand) {
            StringBuilder sb = new StringBuilder();
            render(sb, specStart, specEnd, depth - 1);
            spec = sb.toString();
        } else {
            spec = fmt.substring(specStart, specEnd);
        }
        if (spec.isEmpty() && obj.type == PyStr.TYPE) {
            out.append(((PyStr) obj).value);
        } else {
            out.append(Abstract.format(obj, PyStr.of(spec)).value);
        }
    }

    /** Looks up field name fmt[start:end]: the argument, then its .attr and [key] parts. */
    private PyObject resolve(int start, int end) {
        String s = fmt;
        int i = start;
        while (i < end && s.charAt(i) != '.' && s.charAt(i) != '[') i++;
        String first = s.substring(start, i);
        PyObject obj;
        if (first.isEmpty()) {
            if (autoState == 2) throw error("cannot switch from manual field specification to automatic field numbering");
            autoState = 1;
            obj = positional(autoIndex++);
        } else {
            int index = integer(first);
            if (index >= 0) {
                if (autoState == 1) throw error("cannot switch from automatic field numbering to manual field specification");
                autoState = 2;
                obj = positional(index);
            } else {
                obj = keyword(first);
            }
        }
        while (i < end) {
            char c = s.charAt(i++);
            if (c == '.') {
                int j = i;
                while (j < end && s.charAt(j) != '.' && s.charAt(j) != '[') j++;
                if (j == i) throw error("Empty attribute in format string");
                obj = Abstract.getAttr(obj, s.substring(i, j));
                i = j;
            } else if (c == '[') {
                int j = i;
                while (j < end && s.charAt(j) != ']') j++;
                if (j >= end) throw error("Missing ']' in format string");
                if (j == i) throw error("Empty attribute in format string");
                String key = s.substring(i, j);
                int k = integer(key);
                obj = Abstract.getItem(obj, k >= 0 ? PyInt.of(k) : PyStr.of(key));
                i = j + 1;
                if (i < end && s.charAt(i) != '.' && s.charAt(i) != '[') {
                    throw error("Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                throw error("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return obj;
    }

    /** The value of a field name made only of ASCII digits, else -1. */
    private static int integer(String s) {
        if (s.isEmpty()) return -1;
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
            if (v > Integer.MAX_VALUE) throw error("Too many decimal digits in format string");
        }
        return (int) v;
    }

    private PyObject positional(int index) {
        if (mapping != null) throw error("Format string contains positional fields");
        if (index >= npos) {
            throw PyErr.indexError("Replacement index %d out of range for positional args tuple", index);
        }
        return args[index];
    }

    private PyObject keyword(String name) {
        if (mapping != null) return Abstract.getItem(mapping, PyStr.of(name));
        if (kwnames != null) {
            for (int k = 0; k < kwnames.length; k++) {
                if (kwnames[k].equals(name)) return args[npos + k];
            }
        }
        throw PyErr.keyError(PyStr.of(name));
    }

    // ---- str.__format__ -------------------------------------------------------------

    /** {@code format(s, spec)} for a str and a non-empty spec: fill, align, width, precision. */
    static String formatStr(PyStr str, String specText) {
        FormatSpec spec = FormatSpec.parse(specText, "str", '<');
        if (spec.type == 0 && spec.grouping != 0) throw error("Cannot specify '" + spec.grouping + "' with 's'.");
        int type = spec.type == 0 ? 's' : spec.type;
        if (type != 's') {
            throw type > 32 && type < 127
                    ? PyErr.valueError("Unknown format code '%c' for object of type 'str'", (char) type)
                    : PyErr.valueError("Unknown format code '\\x%x' for object of type 'str'", type);
        }
        if (spec.sign != 0) {
            throw error(spec.sign == ' ' ? "Space not allowed in string format specifier"
                    : "Sign not allowed in string format specifier");
        }
        if (spec.noNegZero) throw error("Negative zero coercion (z) not allowed in string format specifier");
        if (spec.alternate) throw error("Alternate form (#) not allowed in string format specifier");
        if (spec.align == '=') throw error("'=' alignment not allowed in string format specifier");
        String v = str.value;
        int len = str.length();
        if (spec.precision >= 0 && spec.precision < len) {
            v = v.substring(0, str.offset(spec.precision));
            len = spec.precision;
        }
        return pad(v, len, spec.width, spec.align == 0 ? '<' : spec.align, spec.fill);
    }

    /** Pads text of len code points to width with fill, aligned by '<', '>' or '^'. */
    static String pad(String text, int len, int width, char align, int fill) {
        if (width <= len) return text;
        int total = width - len;
        int left = switch (align) {
            case '>' -> total;
            case '^' -> total / 2;
            default -> 0;
        };
        return StrOps.pad(text, left, total - left, fill);
    }
}
