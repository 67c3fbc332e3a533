package org.gilpy.compile;

import java.util.List;
import java.util.Set;
import org.gilpy.ast.Alias;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Mod;
import org.gilpy.ast.Pos;
import org.gilpy.ast.Stmt;

/**
 * {@code from __future__ import ...}: checks the features before anything else is
 * compiled ("future feature X is not defined", "not a chance"), as CPython's future.c
 * does, and finds where the leading run of future imports ends so that the code
 * generator can reject a later one ("from __future__ imports must occur at the beginning
 * of the file"). The features change nothing in gilpy: all of them are Python 3 behaviour
 * except {@code annotations} (PEP 563), which makes the code generator store annotations
 * as their source text (see {@link Unparser}).
 */
final class FutureImports {
    private static final Set<String> FEATURES = Set.of("nested_scopes", "generators", "division",
            "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL",
            "generator_stop", "annotations");

    private FutureImports() {}

    /** Checks the leading future imports; returns the line of the last one, or -1. */
    static int check(Mod mod) {
        List<Stmt> body = switch (mod) {
            case Mod.Module m -> m.body();
            case Mod.Interactive m -> m.body();
            case Mod.Expression m -> List.of();
        };
        int last = -1;
        for (int i = 0; i < body.size(); i++) {
            Stmt s = body.get(i);
            if (i == 0 && s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                    && c.value() instanceof String) {
                continue; // the docstring
            }
            if (!isFuture(s)) break;
            Pos p = s.pos();
            for (Alias a : ((Stmt.ImportFrom) s).names()) {
                if (a.name().equals("braces")) throw new CompileError("not a chance", new Pos(p.line(), p.col(), p.line(), -1));
                if (!FEATURES.contains(a.name())) {
                    throw new CompileError("future feature " + a.name() + " is not defined",
                            new Pos(p.line(), p.col(), p.line(), -1));
                }
            }
            last = p.line();
        }
        return last;
    }

    /** Whether the leading future imports include {@code annotations}. */
    static boolean annotations(Mod mod) {
        if (!(mod instanceof Mod.Module m)) return false;
        for (int i = 0; i < m.body().size(); i++) {
            Stmt s = m.body().get(i);
            if (i == 0 && s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                    && c.value() instanceof String) {
                continue;
            }
            if (!isFuture(s)) break;
            for (Alias a : ((Stmt.ImportFrom) s).names()) if (a.name().equals("annotations")) return true;
        }
        return false;
    }

    static boolean isFuture(Stmt s) {
        return s instanceof Stmt.ImportFrom i && i.level() == 0 && "__future__".equals(i.module());
    }
}
