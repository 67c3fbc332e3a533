package org.gilpy.parse;

import java.util.ArrayList;
import java.util.List;
import org.gilpy.ast.Alias;
import org.gilpy.ast.Stmt;
import org.gilpy.parse.TokenStream.ParseFailure;

/** The import statements: {@code import a.b as c, d} and {@code from ..a import (b as c, d)}. */
final class Imports {
    private Imports() {}

    /** import_name: {@code 'import' ','.(dotted_name ['as' NAME])+}. */
    static Stmt importName(StmtParser sp) {
        TokenStream ts = sp.ts;
        int start = ts.mark;
        ts.next();
        List<Alias> names = new ArrayList<>();
        do {
            int aliasStart = ts.mark;
            String name = dottedName(ts);
            String asname = ts.acceptName("as") ? ts.expectIdentifier().text() : null;
            names.add(new Alias(ts.pos(aliasStart), name, asname));
        } while (ts.acceptOp(","));
        return new Stmt.Import(ts.pos(start), names);
    }

    /** import_from: {@code 'from' ('.' | '...')* [dotted_name] 'import' targets}. */
    static Stmt importFrom(StmtParser sp) {
        TokenStream ts = sp.ts;
        int start = ts.mark;
        ts.next();
        int level = 0;
        while (true) {
            if (ts.acceptOp(".")) {
                level++;
            } else if (ts.acceptOp("...")) {
                level += 3;
            } else {
                break;
            }
        }
        String module = null;
        if (level == 0 || !ts.atName("import")) module = dottedName(ts);
        ts.expectName("import");
        List<Alias> names = new ArrayList<>();
        if (ts.atOp("*")) {
            int star = ts.mark;
            ts.next();
            names.add(new Alias(ts.pos(star), "*", null));
        } else if (ts.acceptOp("(")) {
            do {
                if (ts.atOp(")") && !names.isEmpty()) break;
                names.add(importAsName(ts));
            } while (ts.acceptOp(","));
            ts.expectOp(")");
        } else {
            while (true) {
                names.add(importAsName(ts));
                if (!ts.acceptOp(",")) break;
                if (!ts.peek().isIdentifier()) {
                    if (ts.invalidPass && ts.peek().kind() == Token.Kind.NEWLINE) {
                        throw ts.error("trailing comma not allowed without surrounding parentheses");
                    }
                    throw ParseFailure.INSTANCE;
                }
            }
        }
        return new Stmt.ImportFrom(ts.pos(start), module, names, level);
    }

    private static Alias importAsName(TokenStream ts) {
        int start = ts.mark;
        String name = ts.expectIdentifier().text();
        String asname = ts.acceptName("as") ? ts.expectIdentifier().text() : null;
        return new Alias(ts.pos(start), name, asname);
    }

    /** dotted_name: {@code NAME ('.' NAME)*}. */
    private static String dottedName(TokenStream ts) {
        StringBuilder sb = new StringBuilder(ts.expectIdentifier().text());
        while (ts.atOp(".") && ts.peek(1).isIdentifier()) {
            ts.next();
            sb.append('.').append(ts.next().text());
        }
        return sb.toString();
    }
}
