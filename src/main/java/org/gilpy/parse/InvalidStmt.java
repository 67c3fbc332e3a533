package org.gilpy.parse;

import org.gilpy.ast.Expr;
import org.gilpy.parse.TokenStream.ParseFailure;

/**
 * CPython 3.11's "invalid_" grammar rules for statements (tag: invalid_rule): bad
 * assignment and deletion targets, and the headers of compound statements ("expected
 * ':'", "expected an indented block after ..."). Like {@link InvalidExpr}, each method
 * runs only in the error pass, re-parses speculatively, throws when its rule matches and
 * otherwise restores the cursor.
 */
final class InvalidStmt {
    private InvalidStmt() {}

    private interface Attempt {
        void run();
    }

    private static void attempt(TokenStream ts, Attempt body) {
        int save = ts.mark;
        try {
            body.run();
        } catch (ParseFailure f) {
            // this alternative does not apply
        } finally {
            ts.mark = save;
        }
    }

    // ---- assignments

    /** invalid_assignment, at the start of a statement whose assignment reading failed. */
    static void assignment(StmtParser sp, int start) {
        TokenStream ts = sp.ts;
        ExprParser ex = sp.ex;
        ts.mark = start;
        attempt(ts, () -> {
            Expr a = annotationTargetDisplay(ex);
            if (ts.acceptOp(":")) {
                ex.expression();
                throw ts.errorAt(a.pos(), "only single target (not " + Targets.describe(a) + ") can be annotated");
            }
        });
        attempt(ts, () -> {
            Expr a = ex.starNamedExpression();
            ts.expectOp(",");
            // star_named_expressions*: repetitions of comma lists, which may follow each other directly.
            while (ExprParser.startsExpression(ts.peek(), true)) {
                int item = ts.mark;
                try {
                    ex.starNamedExpression();
                } catch (ParseFailure f) {
                    ts.mark = item;
                    break;
                }
                ts.acceptOp(",");
            }
            ts.expectOp(":");
            ex.expression();
            throw ts.errorAt(a.pos(), "only single target (not tuple) can be annotated");
        });
        attempt(ts, () -> {
            Expr a = ex.expression();
            ts.expectOp(":");
            ex.expression();
            throw ts.errorAt(a.pos(), "illegal target for annotation");
        });
        attempt(ts, () -> {
            skipTargets(sp);
            Expr a = ex.starExpressions();
            if (ts.atOp("=")) {
                PySyntaxError e = Targets.targetError(ts, a, Targets.Kind.STAR);
                if (e != null) throw e;
            }
        });
        attempt(ts, () -> {
            skipTargets(sp);
            if (!ts.atName("yield")) return;
            Expr a = ex.yieldExpr();
            if (ts.atOp("=")) throw ts.errorAt(a.pos(), "assignment to yield expression not possible");
        });
        attempt(ts, () -> {
            Expr a = ex.starExpressions();
            Token op = ts.peek();
            if (op.kind() != Token.Kind.OP || StmtParser.augmentedOperator(op.text()) == null) return;
            ts.next();
            ex.yieldOrStarExpressions();
            throw ts.errorAt(a.pos(), "'" + Targets.describe(a) + "' is an illegal expression for augmented assignment");
        });
        ts.mark = start;
    }

    /** invalid_ann_assign_target: a list or tuple display, possibly in parentheses. */
    private static Expr annotationTargetDisplay(ExprParser ex) {
        TokenStream ts = ex.ts;
        Expr a = ex.atom();
        if (!(a instanceof Expr.List_ || a instanceof Expr.Tuple)) throw ParseFailure.INSTANCE;
        return a;
    }

    /** (star_targets '=')*: skips leading valid targets and their '='. */
    private static void skipTargets(StmtParser sp) {
        TokenStream ts = sp.ts;
        while (true) {
            int save = ts.mark;
            try {
                Expr e = sp.ex.starExpressions();
                if (Targets.convert(e, org.gilpy.ast.Ctx.STORE) == null || !ts.acceptOp("=")) {
                    ts.mark = save;
                    return;
                }
            } catch (ParseFailure f) {
                ts.mark = save;
                return;
            }
        }
    }

    /** invalid_del_stmt: {@code 'del' star_expressions}, blaming the part that cannot be deleted. */
    static void delete(StmtParser sp, int afterDel) {
        TokenStream ts = sp.ts;
        int save = ts.mark;
        ts.mark = afterDel;
        attempt(ts, () -> {
            Expr a = sp.ex.starExpressions();
            PySyntaxError e = Targets.targetError(ts, a, Targets.Kind.DEL);
            if (e != null) throw e;
        });
        ts.mark = save;
    }

    // ---- compound statement headers

    /**
     * The block after a header's ':' is missing: {@code ':' NEWLINE !INDENT}. {@code what}
     * names the statement as CPython's message does.
     */
    private static void indentedBlock(TokenStream ts, String what, Token keyword) {
        if (ts.atOp(":") && ts.peek(1).kind() == Token.Kind.NEWLINE && ts.peek(2).kind() != Token.Kind.INDENT) {
            throw ts.indentationError("expected an indented block after " + what + " on line " + keyword.line());
        }
    }

    /**
     * invalid_if_stmt, invalid_elif_stmt, invalid_while_stmt (with a condition) and
     * invalid_else_stmt, invalid_finally_stmt (without).
     */
    static void header(CompoundParser cp, String keyword, String what, boolean condition) {
        TokenStream ts = cp.statements().ts;
        ExprParser ex = cp.statements().ex;
        attempt(ts, () -> {
            Token kw = ts.expectName(keyword);
            if (condition) {
                ex.namedExpression();
                if (ts.peek().kind() == Token.Kind.NEWLINE) throw ts.error("expected ':'");
            }
            indentedBlock(ts, what, kw);
        });
    }

    /** invalid_for_stmt. */
    static void forHeader(CompoundParser cp) {
        TokenStream ts = cp.statements().ts;
        ExprParser ex = cp.statements().ex;
        attempt(ts, () -> {
            Token kw = ts.next();
            Targets.forTargets(ex);
            ts.expectName("in");
            ex.starExpressions();
            if (ts.peek().kind() == Token.Kind.NEWLINE) throw ts.error("expected ':'");
            indentedBlock(ts, "'for' statement", kw);
        });
    }

    /** invalid_with_stmt_indent (when {@code indent}) or invalid_with_stmt. */
    static void withHeader(CompoundParser cp, int withIndex, boolean indent) {
        TokenStream ts = cp.statements().ts;
        ExprParser ex = cp.statements().ex;
        int save = ts.mark;
        for (boolean parenthesized : new boolean[] {false, true}) {
            ts.mark = withIndex;
            attempt(ts, () -> {
                Token kw = ts.next();
                if (parenthesized) ts.expectOp("(");
                do {
                    if (parenthesized && ts.atOp(")")) break;
                    if (parenthesized) {
                        ex.expression();
                        while (ts.acceptOp(",") && ExprParser.startsExpression(ts.peek(), false)) ex.expression();
                    } else {
                        ex.expression();
                    }
                    if (ts.acceptName("as")) Targets.starTarget(ex);
                } while (ts.acceptOp(","));
                if (parenthesized) ts.expectOp(")");
                if (indent) {
                    indentedBlock(ts, "'with' statement", kw);
                } else if (ts.peek().kind() == Token.Kind.NEWLINE) {
                    throw ts.error("expected ':'");
                }
            });
        }
        ts.mark = save;
    }

    /** invalid_with_item: {@code expression 'as' expression &(',' | ')' | ':')}. */
    static void withItemTarget(CompoundParser cp, int afterAs) {
        TokenStream ts = cp.statements().ts;
        int save = ts.mark;
        ts.mark = afterAs;
        attempt(ts, () -> {
            Expr a = cp.statements().ex.expression();
            Token n = ts.peek();
            if (n.isOp(",") || n.isOp(")") || n.isOp(":")) {
                PySyntaxError e = Targets.targetError(ts, a, Targets.Kind.STAR);
                if (e != null) throw e;
            }
        });
        ts.mark = save;
    }

    /** invalid_try_stmt. */
    static void tryHeader(CompoundParser cp) {
        TokenStream ts = cp.statements().ts;
        attempt(ts, () -> {
            Token kw = ts.next();
            indentedBlock(ts, "'try' statement", kw);
            ts.expectOp(":");
            cp.block();
            if (!ts.atName("except") && !ts.atName("finally")) throw ts.error("expected 'except' or 'finally' block");
        });
    }

    /** invalid_except_stmt_indent and invalid_except_stmt. */
    static void exceptHeader(CompoundParser cp) {
        TokenStream ts = cp.statements().ts;
        ExprParser ex = cp.statements().ex;
        attempt(ts, () -> {
            Token kw = ts.next();
            if (!ts.atOp(":")) {
                ex.expression();
                if (ts.acceptName("as")) ts.expectIdentifier();
            }
            indentedBlock(ts, "'except' statement", kw);
        });
        attempt(ts, () -> {
            ts.next();
            Expr a = ex.expression();
            ts.expectOp(",");
            do {
                if (!ExprParser.startsExpression(ts.peek(), false)) break;
                ex.expression();
            } while (ts.acceptOp(","));
            if (ts.acceptName("as")) ts.expectIdentifier();
            ts.expectOp(":");
            throw ts.errorFrom(a.pos(), "multiple exception types must be parenthesized");
        });
        attempt(ts, () -> {
            ts.next();
            if (ts.peek().kind() != Token.Kind.NEWLINE) {
                ex.expression();
                if (ts.acceptName("as")) ts.expectIdentifier();
            }
            if (ts.peek().kind() == Token.Kind.NEWLINE) throw ts.error("expected ':'");
        });
    }

    /** invalid_def_raw. */
    static void defHeader(CompoundParser cp) {
        TokenStream ts = cp.statements().ts;
        ExprParser ex = cp.statements().ex;
        attempt(ts, () -> {
            Token kw = ts.next();
            ts.expectIdentifier();
            ts.expectOp("(");
            ex.params.functionParams();
            ts.expectOp(")");
            if (ts.acceptOp("->")) ex.expression();
            indentedBlock(ts, "function definition", kw);
        });
    }

    /** invalid_class_def_raw. */
    static void classHeader(CompoundParser cp) {
        TokenStream ts = cp.statements().ts;
        ExprParser ex = cp.statements().ex;
        attempt(ts, () -> {
            Token kw = ts.next();
            ts.expectIdentifier();
            if (ts.atOp("(")) ex.displays.classArguments(ts.mark);
            if (ts.peek().kind() == Token.Kind.NEWLINE) throw ts.error("expected ':'");
            indentedBlock(ts, "class definition", kw);
        });
    }
}
