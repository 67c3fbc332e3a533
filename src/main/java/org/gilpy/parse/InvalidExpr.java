package org.gilpy.parse;

import java.util.List;
import org.gilpy.ast.Comprehension;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Pos;
import org.gilpy.parse.TokenStream.ParseFailure;

/**
 * CPython 3.11's "invalid_" grammar rules for expressions, which run only in the error
 * pass (after a plain parse failed) to turn a failure into a specific message.
 *
 * <p>Each method is called where CPython would try the rule, re-parses speculatively
 * from the cursor, throws the {@link PySyntaxError} when the rule matches, and otherwise
 * leaves the cursor where it found it. Rule names are CPython's (tag: invalid_rule).
 */
final class InvalidExpr {
    private InvalidExpr() {}

    private static final String MAYBE_EQ = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";

    /** invalid_named_expression, at the start of a named_expression that is not {@code NAME :=}. */
    static void namedExpression(ExprParser ex) {
        TokenStream ts = ex.ts;
        int start = ts.mark;
        try {
            Expr a = ex.expression();
            if (ts.acceptOp(":=")) {
                ex.expression();
                throw ts.errorAt(a.pos(), "cannot use assignment expressions with " + Targets.describe(a));
            }
        } catch (ParseFailure f) {
            // not this alternative
        }
        ts.mark = start;
        Token t = ts.peek();
        if (t.kind() == Token.Kind.NAME && !t.isKeyword() && ts.peek(1).isOp("=")) {
            try {
                ts.next();
                ts.next();
                Expr b = ex.bitwiseOr();
                if (!ts.atOp("=") && !ts.atOp(":=")) throw ts.errorRange(ts.tokenPos(start), b.pos(), MAYBE_EQ);
            } catch (ParseFailure f) {
                // not this alternative
            }
            ts.mark = start;
        }
        if (!startsWithDisplayOrConstant(ex, start)) {
            try {
                Expr a = ex.bitwiseOr();
                if (ts.acceptOp("=")) {
                    ex.bitwiseOr();
                    if (!ts.atOp("=") && !ts.atOp(":=")) {
                        throw ts.errorAt(a.pos(), "cannot assign to " + Targets.describe(a)
                                + " here. Maybe you meant '==' instead of '='?");
                    }
                }
            } catch (ParseFailure f) {
                // not this alternative
            }
            ts.mark = start;
        }
    }

    /** The lookahead {@code (list|tuple|genexp|'True'|'None'|'False')}. */
    private static boolean startsWithDisplayOrConstant(ExprParser ex, int start) {
        TokenStream ts = ex.ts;
        Token t = ts.peek();
        if (t.isName("True") || t.isName("None") || t.isName("False")) return true;
        if (!t.isOp("[") && !t.isOp("(")) return false;
        try {
            Expr atom = ex.atom();
            Pos open = ts.tokenPos(start);
            boolean fromBracket = atom.pos().line() == open.line() && atom.pos().col() == open.col();
            return fromBracket && (atom instanceof Expr.List_ || atom instanceof Expr.Tuple
                    || atom instanceof Expr.GeneratorExp);
        } catch (ParseFailure f) {
            return false;
        } finally {
            ts.mark = start;
        }
    }

    /**
     * invalid_expression and invalid_legacy_expression, after the disjunction {@code a}
     * that began at {@code start} (the cursor is after it).
     */
    static void expression(ExprParser ex, int start, Expr a) {
        TokenStream ts = ex.ts;
        int after = ts.mark;
        Token first = ts.at(start);
        boolean nameString = first.kind() == Token.Kind.NAME && ts.at(start + 1).kind() == Token.Kind.STRING;
        // CPython 3.11 compares soft keywords by prefix (strncmp with the token's length),
        // so "c", "ma", "_"... all count as soft keywords here.
        boolean softKeyword = first.kind() == Token.Kind.NAME
                && ("match".startsWith(first.text()) || "case".startsWith(first.text()) || "_".equals(first.text()));
        if (!nameString && !softKeyword) {
            ts.invalidPass = false;
            try {
                Expr b = ex.expression();
                if (!isLegacyName(a) && ts.prev().level() != 0) {
                    throw ts.errorRange(a.pos(), b.pos(), "invalid syntax. Perhaps you forgot a comma?");
                }
            } catch (ParseFailure f) {
                // not this alternative
            } finally {
                ts.invalidPass = true;
                ts.mark = after;
            }
        }
        if (ts.atName("if")) {
            try {
                ts.next();
                Expr b = ex.disjunction();
                if (!ts.atName("else") && !ts.atOp(":")) {
                    throw ts.errorRange(a.pos(), b.pos(), "expected 'else' after 'if' expression");
                }
            } catch (ParseFailure f) {
                // not this alternative
            }
            ts.mark = after;
        }
        if (first.kind() == Token.Kind.NAME && !first.isKeyword()) {
            // invalid_legacy_expression reads on after any name (with effects: more tokens,
            // nested invalid_ rules) and only then checks for print/exec.
            ts.mark = start + 1;
            if (!ts.atOp("(")) {
                try {
                    Expr b = ex.starExpressions();
                    if (first.text().equals("print") || first.text().equals("exec")) {
                        String name = first.text();
                        throw ts.errorRange(ts.tokenPos(start), b.pos(),
                                "Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?");
                    }
                } catch (ParseFailure f) {
                    // not this alternative
                }
            }
            ts.mark = after;
        }
    }

    private static boolean isLegacyName(Expr e) {
        return e instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"));
    }

    /** invalid_group, the cursor just after '('. */
    static void group(ExprParser ex) {
        TokenStream ts = ex.ts;
        int save = ts.mark;
        try {
            if (ts.atOp("*")) {
                ts.next();
                ex.expression();
                Pos starred = ts.pos(save);
                if (ts.atOp(")")) throw ts.errorAt(starred, "cannot use starred expression here");
            } else if (ts.atOp("**")) {
                Token dd = ts.next();
                ex.expression();
                if (ts.atOp(")")) throw ts.errorAt(dd, "cannot use double starred expression here");
            }
        } catch (ParseFailure f) {
            // not this rule
        }
        ts.mark = save;
    }

    /** invalid_comprehension (and the genexp form of it), the cursor just after the opening bracket. */
    static void comprehension(ExprParser ex, boolean parenthesis) {
        TokenStream ts = ex.ts;
        int save = ts.mark;
        if (ts.atOp("*")) {
            try {
                ts.next();
                ex.expression();
                Pos starred = ts.pos(save);
                if (atFor(ts)) {
                    ex.displays.forIfClauses();
                    throw ts.errorAt(starred, "iterable unpacking cannot be used in comprehension");
                }
            } catch (ParseFailure f) {
                // not this alternative
            }
            ts.mark = save;
        }
        if (parenthesis) return;
        try {
            Expr a = ex.starNamedExpression();
            if (ts.acceptOp(",")) {
                int comma = ts.mark - 1;
                if (atFor(ts)) {
                    ex.displays.forIfClauses();
                    throw ts.errorRange(a.pos(), ts.tokenPos(comma), "did you forget parentheses around the comprehension target?");
                }
                Expr last = ex.starNamedExpression();
                while (ts.acceptOp(",")) {
                    if (!ExprParser.startsExpression(ts.peek(), true)) break;
                    last = ex.starNamedExpression();
                }
                if (atFor(ts)) {
                    ex.displays.forIfClauses();
                    throw ts.errorRange(a.pos(), last.pos(), "did you forget parentheses around the comprehension target?");
                }
            }
        } catch (ParseFailure f) {
            // not this alternative
        }
        ts.mark = save;
    }

    static boolean atFor(TokenStream ts) {
        return ts.atName("for") || (ts.atName("async") && ts.peek(1).isName("for"));
    }

    /** invalid_dict_comprehension and invalid_double_starred_kvpairs, the cursor just after '{'. */
    static void dict(ExprParser ex) {
        TokenStream ts = ex.ts;
        int save = ts.mark;
        if (ts.atOp("**")) {
            try {
                Token dd = ts.next();
                ex.bitwiseOr();
                if (atFor(ts)) {
                    ex.displays.forIfClauses();
                    if (ts.atOp("}")) throw ts.errorAt(dd, "dict unpacking cannot be used in dict comprehension");
                }
            } catch (ParseFailure f) {
                // not this rule
            }
            ts.mark = save;
        }
        // CPython has read these items before, without its invalid_ rules, and reuses that.
        ts.invalidPass = false;
        try {
            if (kvpair(ex)) {
                while (ts.acceptOp(",")) {
                    int next = ts.mark;
                    if (kvpair(ex)) continue;
                    ts.mark = next;
                    invalidKvpair(ex);
                    break;
                }
            }
        } finally {
            ts.invalidPass = true;
        }
        ts.mark = save;
        try {
            ex.expression();
            if (ts.acceptOp(":")) valueProblems(ex, ts.mark - 1);
        } catch (ParseFailure f) {
            // not this alternative
        }
        ts.mark = save;
    }

    /** double_starred_kvpair, speculatively: whether one was read. */
    private static boolean kvpair(ExprParser ex) {
        TokenStream ts = ex.ts;
        try {
            if (ts.acceptOp("**")) {
                ex.bitwiseOr();
                return true;
            }
            ex.expression();
            if (!ts.acceptOp(":")) return false;
            ex.expression();
            return true;
        } catch (ParseFailure f) {
            return false;
        }
    }

    /** invalid_kvpair. */
    private static void invalidKvpair(ExprParser ex) {
        TokenStream ts = ex.ts;
        int save = ts.mark;
        try {
            Expr a = ex.expression();
            if (!ts.atOp(":")) {
                Pos p = a.pos();
                throw ts.src.error(PySyntaxError.Kind.SYNTAX_ERROR, "':' expected after dictionary key",
                        p.line(), p.endCol(), p.endLine(), 0);
            }
            ts.next();
            valueProblems(ex, ts.mark - 1);
        } catch (ParseFailure f) {
            // not this rule
        }
        ts.mark = save;
    }

    /** The value after a dict key's ':' is a starred expression or missing. */
    private static void valueProblems(ExprParser ex, int colon) {
        TokenStream ts = ex.ts;
        if (ts.atOp("*")) {
            Pos star = ts.tokenPos(ts.mark);
            ts.next();
            ex.bitwiseOr();
            throw ts.errorFrom(star, "cannot use a starred expression in a dictionary value");
        }
        if (ts.atOp("}") || ts.atOp(",")) {
            throw ts.errorAt(ts.at(colon), "expression expected after dictionary key and ':'");
        }
    }

    /** invalid_for_target: {@code 'for' star_expressions}, blaming the invalid part. */
    static void forTarget(ExprParser ex, int afterFor) {
        TokenStream ts = ex.ts;
        int save = ts.mark;
        ts.mark = afterFor;
        try {
            Expr a = ex.starExpressions();
            PySyntaxError e = Targets.targetError(ts, a, Targets.Kind.FOR);
            if (e != null) throw e;
        } catch (ParseFailure f) {
            // not this rule
        }
        ts.mark = save;
    }

    /** The item an error about a comprehension points to: its last condition, else its iterable. */
    static Pos lastItem(List<Comprehension> gens) {
        Comprehension last = gens.getLast();
        return last.ifs().isEmpty() ? last.iter().pos() : last.ifs().getLast().pos();
    }
}
