package org.gilpy.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gilpy.ast.Node;

/**
 * The case files of {@code cases/}: sources with the result CPython 3.11 gives for them
 * (see {@code cases/regen_cases.py}), and the same result computed by gilpy's parser in
 * the same text form, so that a test is a string comparison.
 */
final class CaseFiles {
    private CaseFiles() {}

    /** Where the case files live (Maven runs tests from the project directory). */
    static final Path DIR = Path.of("src/test/java/org/gilpy/parse/cases");

    /** One case: the mode ("exec", "eval", "single"), the source, and the expected line. */
    record Case(String file, int line, String mode, String source, String expected) {
        String name() {
            String s = source.length() > 60 ? source.substring(0, 60) + "..." : source;
            return file + ":" + line + " " + AstDump.PyRepr.str(s);
        }
    }

    static List<Case> read(Path path) throws IOException {
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || line.startsWith("    ")) continue;
            String mode = "exec";
            String text = line;
            for (String m : new String[] {"eval ", "single "}) {
                if (line.startsWith(m)) {
                    mode = m.trim();
                    text = line.substring(m.length());
                }
            }
            String expected = i + 1 < lines.size() && lines.get(i + 1).startsWith("    ")
                    ? lines.get(i + 1).substring(4) : "?";
            if (expected.startsWith("!")) expected = expected.substring(1);
            cases.add(new Case(path.getFileName().toString(), i + 1, mode, unrepr(text), expected));
        }
        return cases;
    }

    /** gilpy's result for the case, in the form of its expected line ("OK*": parses, tree not compared). */
    static String actual(Case c) {
        if (c.expected.equals("OK*")) {
            try {
                switch (c.mode) {
                    case "eval" -> Parser.parseExpression(c.source, "x.py");
                    case "single" -> Parser.parseInteractive(c.source, "x.py");
                    default -> Parser.parseModule(c.source, "x.py");
                }
                return "OK*";
            } catch (PySyntaxError e) {
                return describe(e);
            }
        }
        return actual(c.mode, c.source);
    }

    /** gilpy's result for a source, in the form of the expected lines. */
    static String actual(String mode, String source) {
        try {
            Node tree = switch (mode) {
                case "eval" -> Parser.parseExpression(source, "x.py");
                case "single" -> Parser.parseInteractive(source, "x.py");
                default -> Parser.parseModule(source, "x.py");
            };
            return "OK " + AstDump.dump(tree);
        } catch (PySyntaxError e) {
            return describe(e);
        }
    }

    static String describe(PySyntaxError e) {
        return e.kind.pythonName + " " + AstDump.PyRepr.str(e.msg) + " " + e.lineno + " " + e.offset + " "
                + e.endLineno + " " + e.endOffset + " " + (e.text == null ? "None" : AstDump.PyRepr.str(e.text));
    }

    /** The value of a Python str repr (the escapes repr produces). */
    static String unrepr(String repr) {
        char quote = repr.charAt(0);
        if ((quote != '\'' && quote != '"') || repr.charAt(repr.length() - 1) != quote) {
            throw new IllegalArgumentException("not a str repr: " + repr);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < repr.length() - 1; i++) {
            char c = repr.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = repr.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'x' -> {
                    sb.append((char) Integer.parseInt(repr.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                case 'u' -> {
                    sb.append((char) Integer.parseInt(repr.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 'U' -> {
                    sb.appendCodePoint(Integer.parseInt(repr.substring(i + 1, i + 9), 16));
                    i += 8;
                }
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }

    /**
     * Prints the cases of the files given where gilpy differs (a debugging aid). With
     * {@code --fill FILE}, writes gilpy's results into the hand-written lines "!?" of FILE.
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("--fill")) {
            Path p = Path.of(args[1]);
            List<String> lines = new ArrayList<>(Files.readAllLines(p, StandardCharsets.UTF_8));
            for (Case c : read(p)) {
                if (lines.get(c.line).equals("    !?")) lines.set(c.line, "    !" + actual(c.mode, c.source));
            }
            Files.write(p, lines, StandardCharsets.UTF_8);
            return;
        }
        for (String a : args) {
            for (Case c : read(Path.of(a))) {
                String actual = actual(c);
                if (!actual.equals(c.expected)) {
                    System.out.println("MISMATCH " + c.name());
                    System.out.println("  expected " + c.expected);
                    System.out.println("  actual   " + actual);
                }
            }
        }
    }
}
