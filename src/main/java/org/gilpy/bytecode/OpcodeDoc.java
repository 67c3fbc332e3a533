package org.gilpy.bytecode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates {@code docs/opcodes.md} from the rows of {@link Opcode}, so the document can
 * never say something the enum does not. {@code OpcodeDocTest} fails when the checked-in
 * file differs from {@link #generate()}; regenerate it with
 * {@value #REGENERATE}.
 */
public final class OpcodeDoc {
    /** The documented way to rewrite docs/opcodes.md. */
    public static final String REGENERATE = "./bin/mvn25 -o test -Dtest=OpcodeDocTest -Dgilpy.regen=true";

    /** Where the document lives, relative to the repository root. */
    public static final Path FILE = Path.of("docs", "opcodes.md");

    private OpcodeDoc() {}

    /** Writes the document to {@code args[0]}, or to {@link #FILE} when no argument is given. */
    public static void main(String[] args) throws IOException {
        Path file = args.length > 0 ? Path.of(args[0]) : FILE;
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        Files.writeString(file, generate());
    }

    /** The full text of docs/opcodes.md. */
    public static String generate() {
        StringBuilder sb = new StringBuilder();
        sb.append("# gilpy opcodes\n\n");
        sb.append("<!-- Generated from src/main/java/org/gilpy/bytecode/Opcode.java by OpcodeDoc; do not edit.\n");
        sb.append("     Regenerate with: ").append(REGENERATE).append(" -->\n\n");
        sb.append("An instruction is one `int`: `opcode.ordinal() | operand << 8`; operands are unsigned\n");
        sb.append("and below 2^24, and jump operands are absolute instruction indexes. Stack items are\n");
        sb.append("listed bottom to top (\"Pops: a, b\" means b was on top). NULL is the Java null pushed\n");
        sb.append("by `PUSH_NULL` or `LOAD_METHOD`. Exceptions are handled through each code object's\n");
        sb.append("exception table, not by instructions: an exception raised in `[start, end)` pops the\n");
        sb.append("stack to `depth`, pushes the raising instruction's index when `lasti` is set, pushes\n");
        sb.append("the exception and continues at `target`.\n\n");
        sb.append("## Operand kinds\n\n");
        sb.append("| Kind | Meaning |\n|---|---|\n");
        for (Opcode.Operand kind : Opcode.Operand.values()) {
            sb.append("| ").append(kind.name()).append(" | ").append(operandMeaning(kind)).append(" |\n");
        }
        sb.append("\n## Instructions\n\n");
        sb.append("| # | Opcode | Operand | Pops | Pushes | Does |\n");
        sb.append("|---:|---|---|---|---|---|\n");
        for (Opcode op : Opcode.values()) {
            sb.append("| ").append(op.ordinal())
                    .append(" | `").append(op.name()).append('`')
                    .append(" | ").append(op.operand.name())
                    .append(" | ").append(code(op.pops))
                    .append(" | ").append(code(op.pushes))
                    .append(" | ").append(escape(op.does)).append(" |\n");
        }
        return sb.toString();
    }

    private static String operandMeaning(Opcode.Operand kind) {
        return switch (kind) {
            case NONE -> "no operand; always 0";
            case CONST -> "index into `consts`";
            case NAME -> "index into `names`";
            case LOCAL -> "index into `varnames`";
            case CELL -> "index into `cellvars` followed by `freevars`";
            case JUMP -> "absolute instruction index";
            case COUNT -> "a count or small number";
            case FLAG -> "a 0/1 flag";
            case FLAGS -> "a bit set described by the row";
            case BINOP -> "`BinaryOp` ordinal";
            case CMPOP -> "`CompareOp` ordinal";
        };
    }

    private static String code(String text) {
        return text.isEmpty() ? "" : "`" + text.replace("|", "\\|") + "`";
    }

    private static String escape(String text) {
        return text.replace("|", "\\|").replace("*", "\\*").replace("_", "\\_");
    }
}
