package org.gilpy.compile;

import java.util.ArrayList;
import java.util.List;
import org.gilpy.ast.Mod;
import org.gilpy.ast.Pos;
import org.gilpy.bytecode.Code;
import org.gilpy.parse.Parser;
import org.gilpy.parse.PySyntaxError;

/**
 * The compiler's entry point: source or AST in, {@link Code} out, SyntaxErrors as
 * {@link PySyntaxError} (CPython 3.11's messages and positions).
 *
 * <pre>
 * Code c = Compiler.compile(source, "x.py", "exec");   // "exec", "eval" or "single"
 * Code c = Compiler.compile(mod, "x.py");              // Module, Expression or Interactive
 * </pre>
 * Source nested too deeply raises {@link CompileRecursionError} (Python's RecursionError).
 * Compiling needs a few hundred bytes of Java stack per level of nesting; the VM runs it
 * on a thread with a large stack.
 *
 * <p>A compile-time SyntaxError carries the offending source line as its text when the
 * source is known and the filename names a file (not "&lt;string&gt;" and the like), as
 * CPython reads the line back from the file.
 */
public final class Compiler {
    private Compiler() {}

    /** Parses and compiles source; mode is "exec", "eval" or "single". */
    public static Code compile(String source, String filename, String mode) {
        return compile(source, filename, mode, new ArrayList<>());
    }

    /** {@link #compile(String, String, String)}, adding the compile-time warnings to {@code warnings}. */
    public static Code compile(String source, String filename, String mode, List<CompileWarning> warnings) {
        Mod mod = switch (mode) {
            case "exec" -> Parser.parseModule(source, filename);
            case "eval" -> Parser.parseExpression(source, filename);
            case "single" -> Parser.parseInteractive(source, filename);
            default -> throw new IllegalArgumentException("compile() mode must be 'exec', 'eval' or 'single'");
        };
        return compile(mod, filename, source, warnings);
    }

    /** Compiles a parsed unit: Module ("exec"), Expression ("eval") or Interactive ("single"). */
    public static Code compile(Mod mod, String filename) {
        return compile(mod, filename, null, new ArrayList<>());
    }

    private static Code compile(Mod mod, String filename, String source, List<CompileWarning> warnings) {
        try {
            int futureLine = FutureImports.check(mod);
            SymbolTable symbols = SymbolTable.build(mod);
            Code code = new CodeGenerator(symbols, filename, mod instanceof Mod.Interactive, futureLine,
                    FutureImports.annotations(mod)).compile(mod);
            warnings.addAll(symbols.warnings);
            return code;
        } catch (CompileError e) {
            throw syntaxError(e, filename, source);
        } catch (StackOverflowError e) {
            throw new CompileRecursionError();
        }
    }

    private static PySyntaxError syntaxError(CompileError e, String filename, String source) {
        return syntaxError(e.getMessage(), e.pos, filename, source);
    }

    /** The SyntaxError a compile-time warning becomes when a filter makes it an error. */
    public static PySyntaxError warningAsError(CompileWarning w, String filename, String source) {
        return syntaxError(w.message(), w.pos(), filename, source);
    }

    private static PySyntaxError syntaxError(String message, Pos p, String filename, String source) {
        String text = null;
        if (source != null && !filename.startsWith("<") && p.line() > 0) text = sourceLine(source, p.line());
        return new PySyntaxError(PySyntaxError.Kind.SYNTAX_ERROR, message, filename,
                p.line(), p.col() + 1, p.endLine(), p.endCol() + 1, text);
    }

    /** Line {@code line} (1-based) of source with its newline, or null. */
    private static String sourceLine(String source, int line) {
        int start = 0;
        for (int l = 1; l < line; l++) {
            int nl = source.indexOf('\n', start);
            if (nl < 0) return null;
            start = nl + 1;
        }
        int end = source.indexOf('\n', start);
        return end < 0 ? source.substring(start) + "\n" : source.substring(start, end + 1);
    }
}
