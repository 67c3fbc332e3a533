package org.gilpy.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gilpy.modules.SysModule;

/**
 * What the command line and the {@code PYTHON*} environment variables ask for, read as
 * CPython 3.11 reads them. Single-letter options combine ({@code -uE}); {@code -c},
 * {@code -m} and {@code -X} take the rest of their word or else the next word
 * ({@code -cprint(1)}, {@code -X dev}). The first of {@code -c}, {@code -m}, a file name
 * or {@code -} ends the options, and the words after it become {@code sys.argv[1:]}.
 *
 * @param kind what to run, or HELP/VERSION
 * @param target the code of -c, the module of -m, the script's path; for STDIN "-" or ""
 *     (no file name was given), which is sys.argv[0]; for VERSION "-V" or "-VV"
 * @param args sys.argv[1:]
 * @param unbuffered -u or PYTHONUNBUFFERED: raw binary stdout and stderr, text written through
 * @param debug -X debug or GILPY_DEBUG: show the Java trace of an internal error
 * @param xOptions the -X options in order, as given
 * @param pythonPath PYTHONPATH as set, or null (unset, or the environment is ignored)
 * @param flags what sys.flags reports
 */
record Options(Kind kind, String target, List<String> args, boolean unbuffered, boolean debug,
               List<String> xOptions, String pythonPath, SysModule.Flags flags) {

    enum Kind { COMMAND, MODULE, SCRIPT, STDIN, HELP, VERSION }

    /** A mistake on the command line: CPython prints the message and its usage lines, then exits with 2. */
    static final class UsageError extends Exception {
        UsageError(String message) {
            super(message, null, false, false);
        }
    }

    static Options parse(String[] words, Map<String, String> env) throws UsageError {
        boolean u = false, ignoreEnv = false, isolated = false, safePath = false, noUserSite = false;
        boolean noSite = false, dontWriteBytecode = false;
        int versions = 0;
        List<String> x = new ArrayList<>();
        Kind kind = null;
        String target = null;
        int i = 0;
        words:
        while (i < words.length && kind == null) {
            String w = words[i++];
            if (w.equals("--")) break;
            if (!w.startsWith("-") || w.equals("-")) {
                i--;
                break;
            }
            if (w.startsWith("--")) {
                switch (w) {
                    case "--help" -> kind = Kind.HELP;
                    case "--version" -> versions++;
                    default -> throw new UsageError("unknown option " + w);
                }
                continue;
            }
            for (int k = 1; k < w.length(); k++) {
                char c = w.charAt(k);
                switch (c) {
                    case 'c', 'm', 'X' -> {
                        String arg;
                        if (k + 1 < w.length()) arg = w.substring(k + 1);
                        else if (i < words.length) arg = words[i++];
                        else throw new UsageError("Argument expected for the -" + c + " option");
                        if (c == 'X') {
                            x.add(arg);
                        } else {
                            kind = c == 'c' ? Kind.COMMAND : Kind.MODULE;
                            target = arg;
                        }
                        continue words;
                    }
                    case 'h', '?' -> {
                        kind = Kind.HELP;
                        continue words;
                    }
                    case 'u' -> u = true;
                    case 'E' -> ignoreEnv = true;
                    case 'I' -> isolated = true;
                    case 'P' -> safePath = true;
                    case 's' -> noUserSite = true;
                    case 'S' -> noSite = true;
                    case 'B' -> dontWriteBytecode = true;
                    case 'V' -> versions++;
                    case 'J' -> throw new UsageError("-J is reserved for Jython");
                    default -> throw new UsageError("Unknown option: -" + c);
                }
            }
        }
        if (versions > 0 && kind != Kind.HELP) {   // -V wins over a program, -h over -V
            kind = Kind.VERSION;
            target = versions == 1 ? "-V" : "-VV";
        } else if (kind == null) {
            target = i < words.length ? words[i++] : "";
            kind = target.isEmpty() || target.equals("-") ? Kind.STDIN : Kind.SCRIPT;
        }
        if (isolated) {   // -I: -E and -s, and no script folder (or cwd) in sys.path
            ignoreEnv = noUserSite = safePath = true;
        }
        String pythonPath = null;
        if (!ignoreEnv) {
            pythonPath = env.get("PYTHONPATH");
            u |= flag(env.get("PYTHONUNBUFFERED"));
            dontWriteBytecode |= flag(env.get("PYTHONDONTWRITEBYTECODE"));
            noUserSite |= flag(env.get("PYTHONNOUSERSITE"));
            safePath |= env.get("PYTHONSAFEPATH") != null && !env.get("PYTHONSAFEPATH").isEmpty();
        }
        return new Options(kind, target, List.copyOf(Arrays.asList(words).subList(i, words.length)), u,
                x.contains("debug") || env.get("GILPY_DEBUG") != null, List.copyOf(x), pythonPath,
                new SysModule.Flags(dontWriteBytecode, noUserSite, noSite, ignoreEnv, isolated, safePath));
    }

    /**
     * A flag variable such as PYTHONUNBUFFERED: on when set and not empty, unless it is a
     * decimal zero ("0", " 00", "-0"); CPython reads it with strtol, so "0x0" is on.
     */
    static boolean flag(String value) {
        return value != null && !value.isEmpty() && !value.matches("[ \\t\\n\\x0B\\f\\r]*[+-]?0+");
    }
}
