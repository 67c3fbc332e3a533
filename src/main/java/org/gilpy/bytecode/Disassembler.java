package org.gilpy.bytecode;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Human-readable listing of a {@link Code}, in the layout of CPython 3.11's {@code dis}:
 * a line-number column where a new source line starts, {@code >>} on jump targets, the
 * offset (here the instruction index), the opcode name, the operand and what it means;
 * then the exception table ("start to last -> target [depth] lasti", the range inclusive
 * as {@code dis} prints it), then every nested code object in the constant pool,
 * depth first. Code objects print without addresses, so the output is stable enough for
 * golden files.
 *
 * <p>Options add what {@code dis} does not show: {@link #positions} appends each
 * instruction's span as {@code @ line:col-endLine:endCol}; {@link #details} prints a
 * header per code object (argument counts, flags, stack size, variable names).
 */
public final class Disassembler {
    private static final int OPNAME_WIDTH = 20, OPARG_WIDTH = 5, POSITION_COLUMN = 64;

    private boolean positions, details;
    private final StringBuilder out = new StringBuilder();

    public Disassembler positions(boolean on) { positions = on; return this; }

    public Disassembler details(boolean on) { details = on; return this; }

    /** {@code dis.dis(code)}: the plain listing, recursing into nested code objects. */
    public static String dis(Code code) {
        return new Disassembler().disassemble(code);
    }

    /** The listing of code and of every code object nested in it. */
    public String disassemble(Code code) {
        out.setLength(0);
        disassembleRecursive(code, true);
        return out.toString();
    }

    private void disassembleRecursive(Code code, boolean first) {
        if (!first) out.append("\nDisassembly of ").append(code).append(":\n");
        if (details) header(code);
        listing(code);
        for (Object c : code.consts) {
            if (c instanceof Code nested) disassembleRecursive(nested, false);
        }
    }

    private void header(Code code) {
        out.append("# name ").append(code.name).append(", qualname ").append(code.qualname)
                .append(", first line ").append(code.firstLineNo).append('\n');
        out.append("# args ").append(code.argCount).append(", posonly ").append(code.posOnlyArgCount)
                .append(", kwonly ").append(code.kwOnlyArgCount).append(", stack ").append(code.stackSize)
                .append(", flags ").append(flagNames(code.flags)).append('\n');
        if (code.varnames.length > 0) out.append("# varnames ").append(String.join(", ", code.varnames)).append('\n');
        if (code.cellvars.length > 0) out.append("# cellvars ").append(String.join(", ", code.cellvars)).append('\n');
        if (code.freevars.length > 0) out.append("# freevars ").append(String.join(", ", code.freevars)).append('\n');
        List<String> consts = new ArrayList<>();
        for (Object c : code.consts) consts.add(c instanceof Code nested ? "<code " + nested.name + ">" : repr(c));
        out.append("# consts ").append(String.join(", ", consts)).append('\n');
    }

    /** The names of the set bits of {@link Code#flags}, joined by '|'. */
    public static String flagNames(int flags) {
        String[] names = {"OPTIMIZED", "NEWLOCALS", "VARARGS", "VARKEYWORDS", "NESTED", "GENERATOR", "NOFREE"};
        List<String> set = new ArrayList<>();
        for (int bit = 0; bit < names.length; bit++) {
            if ((flags & (1 << bit)) != 0) set.add(names[bit]);
        }
        return set.isEmpty() ? "0" : String.join("|", set);
    }

    private void listing(Code code) {
        int n = code.code.length;
        boolean[] target = new boolean[n];
        for (int word : code.code) {
            Opcode op = Opcode.opcodeOf(word);
            int arg = Opcode.argOf(word);
            if (op.isJump() && arg < n) target[arg] = true;
        }
        for (ExceptionTableEntry e : code.exceptionTable) {
            if (e.target() < n) target[e.target()] = true;
        }
        int lastLine = -1;
        for (int i = 0; i < n; i++) {
            int line = code.lines[i];
            StringBuilder row = new StringBuilder();
            if (line >= 0 && line != lastLine) {
                if (lastLine != -1 || i > 0) out.append('\n');
                row.append(String.format("%3d", line));
                lastLine = line;
            } else {
                row.append("   ");
            }
            row.append("     ").append(target[i] ? ">>" : "  ").append(' ');
            row.append(String.format("%4d", i)).append(' ');
            row.append(instruction(code, code.code[i]));
            String text = row.toString().stripTrailing();
            if (positions) {
                StringBuilder padded = new StringBuilder(text);
                while (padded.length() < POSITION_COLUMN) padded.append(' ');
                text = padded.append(" @ ").append(position(code, i)).toString();
            }
            out.append(text).append('\n');
        }
        if (code.exceptionTable.length > 0) {
            out.append("ExceptionTable:\n");
            for (ExceptionTableEntry e : code.exceptionTable) {
                out.append("  ").append(e.start()).append(" to ").append(e.end() - 1).append(" -> ")
                        .append(e.target()).append(" [").append(e.depth()).append(']')
                        .append(e.lasti() ? " lasti" : "").append('\n');
            }
        }
    }

    private static String position(Code code, int i) {
        if (code.lines[i] < 0) return "-";
        return code.lines[i] + ":" + code.cols[i] + "-" + code.endLines[i] + ":" + code.endCols[i];
    }

    /** One instruction: name, operand and its meaning, as dis prints them. */
    public static String instruction(Code code, int word) {
        Opcode op = Opcode.opcodeOf(word);
        int arg = Opcode.argOf(word);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-" + OPNAME_WIDTH + "s", op.name()));
        if (op.operand == Opcode.Operand.NONE) return sb.toString().stripTrailing();
        sb.append(' ').append(String.format("%" + OPARG_WIDTH + "d", arg));
        String meaning = argRepr(code, op, arg);
        if (!meaning.isEmpty()) sb.append(" (").append(meaning).append(')');
        return sb.toString();
    }

    private static String argRepr(Code code, Opcode op, int arg) {
        try {
            return switch (op.operand) {
                case NONE, COUNT -> op == Opcode.UNPACK_EX
                        ? (arg & 0xFF) + " before, " + (arg >> 8) + " after" : "";
                case CONST -> repr(code.consts[arg]);
                case NAME -> code.names[arg];
                case LOCAL -> code.varnames[arg];
                case CELL -> arg < code.cellvars.length ? code.cellvars[arg]
                        : code.freevars[arg - code.cellvars.length];
                case JUMP -> "to " + arg;
                case BINOP -> BinaryOp.of(arg).symbol;
                case CMPOP -> CompareOp.of(arg).symbol;
                case FLAG -> switch (op) {
                    case IS_OP -> arg == 0 ? "is" : "is not";
                    case CONTAINS_OP -> arg == 0 ? "in" : "not in";
                    default -> "";
                };
                case FLAGS -> flagsRepr(op, arg);
            };
        } catch (ArrayIndexOutOfBoundsException e) {
            return "<invalid operand>";
        }
    }

    private static String flagsRepr(Opcode op, int arg) {
        List<String> parts = new ArrayList<>();
        switch (op) {
            case MAKE_FUNCTION -> {
                String[] names = {"defaults", "kwdefaults", "annotations", "closure"};
                for (int bit = 0; bit < names.length; bit++) {
                    if ((arg & (1 << bit)) != 0) parts.add(names[bit]);
                }
            }
            case FORMAT_VALUE -> {
                String[] conv = {"", "str", "repr", "ascii"};
                if ((arg & 3) != 0) parts.add(conv[arg & 3]);
                if ((arg & 4) != 0) parts.add("with format");
            }
            case CALL_FUNCTION_EX -> {
                if ((arg & 1) != 0) parts.add("kwargs");
            }
            default -> { }
        }
        return String.join(", ", parts);
    }

    // ---- Python repr of constants ------------------------------------------------------

    /** The Python {@code repr} of a constant-pool value. */
    public static String repr(Object c) {
        return switch (c) {
            case null -> "NULL";
            case Boolean b -> b ? "True" : "False";
            case Long l -> l.toString();
            case java.math.BigInteger b -> b.toString();
            case Double d -> floatRepr(d, true);
            case Constants.Complex z -> complexRepr(z);
            case String s -> strRepr(s);
            case Constants.Bytes b -> bytesRepr(b.value());
            case Constants.Singleton s -> s == Constants.Singleton.NONE ? "None" : "Ellipsis";
            case Constants.Tuple t -> tupleRepr(t);
            default -> c.toString();
        };
    }

    private static String tupleRepr(Constants.Tuple t) {
        List<String> items = new ArrayList<>();
        for (Object o : t.items()) items.add(repr(o));
        return "(" + String.join(", ", items) + (items.size() == 1 ? ",)" : ")");
    }

    /** Python's float repr: shortest round-trip digits, exponent form outside 1e-4 .. 1e16. */
    static String floatRepr(double d, boolean addDotZero) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0 ? "-0" : "0") + (addDotZero ? ".0" : "");
        BigDecimal bd = shortest(Math.abs(d));
        String digits = bd.unscaledValue().toString();
        int decpt = digits.length() - bd.scale(); // value = 0.digits * 10^decpt
        StringBuilder sb = new StringBuilder(d < 0 ? "-" : "");
        if (decpt <= -4 || decpt > 16) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) sb.append('.').append(digits, 1, digits.length());
            int exp = decpt - 1;
            sb.append('e').append(exp < 0 ? '-' : '+');
            String e = Integer.toString(Math.abs(exp));
            if (e.length() < 2) sb.append('0');
            sb.append(e);
        } else if (decpt <= 0) {
            sb.append("0.").append("0".repeat(-decpt)).append(digits);
        } else if (decpt >= digits.length()) {
            sb.append(digits).append("0".repeat(decpt - digits.length()));
            if (addDotZero) sb.append(".0");
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return sb.toString();
    }

    /** The shortest decimal that reads back as d, the nearest one when several are as short. */
    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int digits = 1; digits < 17; digits++) {
            BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == d) return candidate.stripTrailingZeros();
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    private static String complexRepr(Constants.Complex z) {
        String imag = floatRepr(z.imag(), false);
        if (z.real() == 0 && 1 / z.real() > 0) return imag + "j";
        String sign = imag.startsWith("-") ? "" : "+";
        return "(" + floatRepr(z.real(), false) + sign + imag + "j)";
    }

    /** Python's str repr: single quotes unless the text has ' and no ". */
    public static String strRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') sb.append('\\').appendCodePoint(cp);
            else if (cp == '\n') sb.append("\\n");
            else if (cp == '\r') sb.append("\\r");
            else if (cp == '\t') sb.append("\\t");
            else if (cp < 0x20 || cp == 0x7F) sb.append(String.format("\\x%02x", cp));
            else if (cp < 0x7F || isPrintable(cp)) sb.appendCodePoint(cp);
            else if (cp <= 0xFF) sb.append(String.format("\\x%02x", cp));
            else if (cp <= 0xFFFF) sb.append(String.format("\\u%04x", cp));
            else sb.append(String.format("\\U%08x", cp));
        });
        return sb.append(quote).toString();
    }

    private static boolean isPrintable(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> cp == ' ';
            default -> true;
        };
    }

    private static String bytesRepr(byte[] value) {
        boolean hasSingle = false, hasDouble = false;
        for (byte b : value) {
            if (b == '\'') hasSingle = true;
            if (b == '"') hasDouble = true;
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(quote);
        for (byte b : value) {
            int c = b & 0xFF;
            if (c == quote || c == '\\') sb.append('\\').append((char) c);
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c == '\t') sb.append("\\t");
            else if (c < 0x20 || c >= 0x7F) sb.append(String.format("\\x%02x", c));
            else sb.append((char) c);
        }
        return sb.append(quote).toString();
    }
}
