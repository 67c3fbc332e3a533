package org.gilpy.parse;

import java.util.ArrayList;
import java.util.List;
import org.gilpy.ast.Ctx;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Operator;
import org.gilpy.ast.Stmt;
import org.gilpy.parse.TokenStream.ParseFailure;

/**
 * Statements: the simple ones (assignments, expression statements, the keyword
 * statements, Python 2's print) and {@code ;}-separated lines of them. Compound
 * statements are in {@link CompoundParser}. Targets of assignments are read as
 * expressions and converted by {@link Targets}.
 */
final class StmtParser {
    final TokenStream ts;
    final ExprParser ex;
    final CompoundParser compound;

    StmtParser(TokenStream ts) {
        this.ts = ts;
        this.ex = new ExprParser(ts);
        this.compound = new CompoundParser(this);
    }

    /** file: statements up to ENDMARKER. */
    List<Stmt> file() {
        List<Stmt> body = new ArrayList<>();
        while (ts.peek().kind() != Token.Kind.ENDMARKER) statement(body);
        return body;
    }

    /** statement: a compound statement, or a line of simple statements (added to {@code out}). */
    void statement(List<Stmt> out) {
        Stmt s = compound.tryCompound();
        if (s != null) {
            out.add(s);
        } else {
            simpleStatements(out);
        }
    }

    /** simple_stmts: {@code simple_stmt (';' simple_stmt)* [';'] NEWLINE}. */
    void simpleStatements(List<Stmt> out) {
        while (true) {
            out.add(simpleStatement());
            if (!ts.acceptOp(";")) break;
            if (ts.peek().kind() == Token.Kind.NEWLINE) break;
        }
        ts.expect(Token.Kind.NEWLINE);
    }

    Stmt simpleStatement() {
        Token t = ts.peek();
        int start = ts.mark;
        if (t.kind() == Token.Kind.NAME) {
            switch (t.text()) {
                case "pass" -> {
                    ts.next();
                    return new Stmt.Pass(ts.pos(start));
                }
                case "break" -> {
                    ts.next();
                    return new Stmt.Break(ts.pos(start));
                }
                case "continue" -> {
                    ts.next();
                    return new Stmt.Continue(ts.pos(start));
                }
                case "return" -> {
                    ts.next();
                    Expr value = ExprParser.startsExpression(ts.peek(), true) ? ex.starExpressions() : null;
                    return new Stmt.Return(ts.pos(start), value);
                }
                case "import" -> {
                    return Imports.importName(this);
                }
                case "from" -> {
                    return Imports.importFrom(this);
                }
                case "raise" -> {
                    return raise();
                }
                case "del" -> {
                    return delete();
                }
                case "assert" -> {
                    ts.next();
                    Expr test = ex.expression();
                    Expr msg = ts.acceptOp(",") ? ex.expression() : null;
                    return new Stmt.Assert(ts.pos(start), test, msg);
                }
                case "global", "nonlocal" -> {
                    ts.next();
                    List<String> names = new ArrayList<>();
                    do {
                        names.add(ts.expectIdentifier().text());
                    } while (ts.acceptOp(","));
                    return t.text().equals("global") ? new Stmt.Global(ts.pos(start), names)
                            : new Stmt.Nonlocal(ts.pos(start), names);
                }
                case "print" -> {
                    if (isPrintStatement()) {
                        try {
                            Stmt p = print();
                            if (!atEndOfStatement()) throw ParseFailure.INSTANCE;
                            return p;
                        } catch (ParseFailure f) {
                            ts.mark = start;   // not Python 2 after all: "print[:]", "print -x if y"...
                        }
                    }
                }
                default -> { }
            }
        }
        return assignmentOrExpression();
    }

    // ---- assignments

    /** assignment | star_expressions, decided after reading the first expression. */
    private Stmt assignmentOrExpression() {
        int start = ts.mark;
        Stmt s = assignment(start);
        if (s != null) return s;
        if (ts.invalidPass) InvalidStmt.assignment(this, start);
        ts.mark = start;
        Expr e = ex.starExpressions();
        return new Stmt.ExprStmt(ts.pos(start), e);
    }

    /**
     * Reads an assignment (or, when no assignment operator follows, the expression
     * statement). Returns null, with the cursor reset, when the text is an assignment
     * with an invalid target.
     */
    private Stmt assignment(int start) {
        Expr first = ex.yieldOrStarExpressions();
        Token next = ts.peek();
        if (next.isOp("=")) {
            List<Expr> targets = new ArrayList<>();
            Expr value = first;
            while (ts.atOp("=")) {
                Expr target = value instanceof Expr.Yield || value instanceof Expr.YieldFrom
                        ? null : Targets.convert(value, Ctx.STORE);
                if (target == null) {
                    ts.mark = start;
                    return null;
                }
                checkNotStarred(target);
                targets.add(target);
                ts.next();
                value = ex.yieldOrStarExpressions();
            }
            return new Stmt.Assign(ts.pos(start), targets, value);
        }
        if (next.isOp(":")) {
            boolean bareName = first instanceof Expr.Name && ts.mark == start + 1;
            boolean single = first instanceof Expr.Name || first instanceof Expr.Attribute
                    || first instanceof Expr.Subscript;
            if (!single) {
                ts.mark = start;
                return null;
            }
            ts.next();
            Expr annotation = ex.expression();
            Expr value = ts.acceptOp("=") ? ex.yieldOrStarExpressions() : null;
            Expr target = Targets.convert(first, Ctx.STORE);
            return new Stmt.AnnAssign(ts.pos(start), target, annotation, value, bareName);
        }
        Operator op = next.kind() == Token.Kind.OP ? augmentedOperator(next.text()) : null;
        if (op != null) {
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                ts.mark = start;
                return null;
            }
            ts.next();
            Expr value = ex.yieldOrStarExpressions();
            return new Stmt.AugAssign(ts.pos(start), Targets.convert(first, Ctx.STORE), op, value);
        }
        if (ts.invalidPass) {
            // Not an assignment: CPython tries invalid_assignment before the expression statement.
            ts.mark = start;
            return null;
        }
        return new Stmt.ExprStmt(ts.pos(start), first);
    }

    /** CPython's compiler rejects a lone starred target; found here, it is reported once the parse succeeds. */
    void checkNotStarred(Expr target) {
        if (target instanceof Expr.Starred) {
            ts.deferError(ts.errorAt(target.pos(), "starred assignment target must be in a list or tuple"));
        }
    }

    static Operator augmentedOperator(String text) {
        return switch (text) {
            case "+=" -> Operator.ADD;
            case "-=" -> Operator.SUB;
            case "*=" -> Operator.MULT;
            case "@=" -> Operator.MATMULT;
            case "/=" -> Operator.DIV;
            case "%=" -> Operator.MOD;
            case "&=" -> Operator.BITAND;
            case "|=" -> Operator.BITOR;
            case "^=" -> Operator.BITXOR;
            case "<<=" -> Operator.LSHIFT;
            case ">>=" -> Operator.RSHIFT;
            case "**=" -> Operator.POW;
            case "//=" -> Operator.FLOORDIV;
            default -> null;
        };
    }

    // ---- keyword statements

    /**
     * raise_stmt, plus Python 2's {@code raise E, msg} meaning {@code raise E(msg)}, and
     * {@code raise E, (a, b)} with a tuple display meaning {@code raise E(a, b)} as Python
     * 2 did (a tuple held in a variable is passed as one argument).
     */
    private Stmt raise() {
        int start = ts.mark;
        ts.next();
        if (!ExprParser.startsExpression(ts.peek(), false)) return new Stmt.Raise(ts.pos(start), null, null);
        int excStart = ts.mark;
        Expr exc = ex.expression();
        if (ts.acceptOp(",")) {
            Expr msg = ex.expression();
            List<Expr> args = msg instanceof Expr.Tuple t ? t.elts() : List.of(msg);
            exc = new Expr.Call(ts.pos(excStart), exc, args, List.of());
            return new Stmt.Raise(ts.pos(start), exc, null);
        }
        Expr cause = ts.acceptName("from") ? ex.expression() : null;
        return new Stmt.Raise(ts.pos(start), exc, cause);
    }

    /** del_stmt: {@code 'del' del_targets &(';' | NEWLINE)}. */
    private Stmt delete() {
        int start = ts.mark;
        ts.next();
        try {
            List<Expr> targets = new ArrayList<>();
            while (true) {
                Expr target = Targets.convert(ex.primary(), Ctx.DEL);
                if (target == null) throw ParseFailure.INSTANCE;
                targets.add(target);
                if (!ts.acceptOp(",")) break;
                if (!ExprParser.startsExpression(ts.peek(), false)) break;
            }
            if (!ts.atOp(";") && ts.peek().kind() != Token.Kind.NEWLINE) throw ParseFailure.INSTANCE;
            return new Stmt.Delete(ts.pos(start), targets);
        } catch (ParseFailure f) {
            if (ts.invalidPass) InvalidStmt.delete(this, start + 1);
            throw f;
        }
    }

    /**
     * Python 2's print statement: {@code print} followed by the end of the statement,
     * {@code >>}, or something that starts an operand other than '(' (compatibility list).
     */
    private boolean isPrintStatement() {
        Token n = ts.peek(1);
        return switch (n.kind()) {
            case NEWLINE, ENDMARKER, NUMBER, STRING -> true;
            case NAME -> !n.isKeyword() || switch (n.text()) {
                case "True", "False", "None", "lambda" -> true;
                case "not" -> !ts.peek(2).isName("in");
                default -> false;
            };
            case OP -> switch (n.text()) {
                case ";", ">>", "[", "{", "-", "+", "~", "..." -> true;
                default -> false;
            };
            default -> false;
        };
    }

    private Stmt print() {
        int start = ts.mark;
        ts.next();
        Expr dest = null;
        List<Expr> values = new ArrayList<>();
        boolean newline = true;
        if (ts.acceptOp(">>")) {
            dest = ex.expression();
            if (!ts.acceptOp(",")) return new Stmt.Print(ts.pos(start), dest, values, true);
        }
        while (!atEndOfStatement()) {
            values.add(ex.expression());
            if (!ts.acceptOp(",")) break;
            if (atEndOfStatement()) newline = false;
        }
        if (dest != null && values.isEmpty()) newline = false;
        return new Stmt.Print(ts.pos(start), dest, values, newline);
    }

    private boolean atEndOfStatement() {
        Token t = ts.peek();
        return t.kind() == Token.Kind.NEWLINE || t.isOp(";");
    }
}
