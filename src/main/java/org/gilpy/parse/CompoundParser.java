package org.gilpy.parse;

import java.util.ArrayList;
import java.util.List;
import org.gilpy.ast.Arguments;
import org.gilpy.ast.ExceptHandler;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Keyword;
import org.gilpy.ast.Stmt;
import org.gilpy.ast.WithItem;
import org.gilpy.parse.TokenStream.ParseFailure;

/**
 * Compound statements (if, while, for, try, with, def, class, decorators) and their
 * blocks. A compound statement spans from its keyword (not its decorators) to the end of
 * its last block. In the error pass, each statement first runs CPython's invalid_ rule
 * for its header ("expected ':'", "expected an indented block after ...").
 */
final class CompoundParser {
    private final StmtParser sp;
    private final TokenStream ts;
    private final ExprParser ex;

    CompoundParser(StmtParser sp) {
        this.sp = sp;
        this.ts = sp.ts;
        this.ex = sp.ex;
    }

    /** A compound statement at the cursor, or null when the next statement is a simple one. */
    Stmt tryCompound() {
        Token t = ts.peek();
        if (t.isOp("@")) return decorated();
        if (t.kind() != Token.Kind.NAME) return null;
        return switch (t.text()) {
            case "if" -> ifStatement("if");
            case "while" -> whileStatement();
            case "for" -> forStatement();
            case "try" -> tryStatement();
            case "with" -> withStatement();
            case "def" -> functionDef(List.of());
            case "class" -> classDef(List.of());
            case "async" -> throw ts.errorAt(t, Parser.ASYNC_UNSUPPORTED);
            case "match" -> {
                if (isMatchStatement()) throw ts.errorAt(t, Parser.MATCH_UNSUPPORTED);
                yield null;
            }
            default -> null;
        };
    }

    /** Blocks already parsed in the error pass, by start token: {end mark, statements}. */
    private final java.util.Map<Integer, Object[]> blockMemo = new java.util.HashMap<>();

    /**
     * block: {@code NEWLINE INDENT statements DEDENT | simple_stmts}. The error pass
     * parses some blocks twice (invalid_try_stmt reads the try body), so there it is memoized.
     */
    @SuppressWarnings("unchecked")
    List<Stmt> block() {
        if (!ts.invalidPass) return blockRule();
        Object[] hit = blockMemo.get(ts.mark);
        if (hit != null) {
            ts.mark = (Integer) hit[0];
            return (List<Stmt>) hit[1];
        }
        int start = ts.mark;
        List<Stmt> body = blockRule();
        blockMemo.put(start, new Object[] {ts.mark, body});
        return body;
    }

    private List<Stmt> blockRule() {
        List<Stmt> body = new ArrayList<>();
        if (ts.peek().kind() != Token.Kind.NEWLINE) {
            sp.simpleStatements(body);
            return body;
        }
        ts.next();
        if (ts.peek().kind() != Token.Kind.INDENT) {
            if (ts.invalidPass) throw ts.indentationError("expected an indented block");
            throw ParseFailure.INSTANCE;
        }
        ts.next();
        do {
            sp.statement(body);
        } while (ts.peek().kind() != Token.Kind.DEDENT);
        ts.next();
        return body;
    }

    // ---- if / while / for

    private Stmt ifStatement(String keyword) {
        int start = ts.mark;
        if (ts.invalidPass) InvalidStmt.header(this, keyword, "'" + keyword + "' statement", true);
        ts.expectName(keyword);
        Expr test = ex.namedExpression();
        ts.expectOp(":");
        List<Stmt> body = block();
        List<Stmt> orelse;
        if (ts.atName("elif")) {
            orelse = List.of(ifStatement("elif"));
        } else {
            orelse = elseBlock();
        }
        return new Stmt.If(ts.pos(start), test, body, orelse);
    }

    /** else_block: {@code 'else' &&':' block}, or an empty list when there is no else. */
    private List<Stmt> elseBlock() {
        if (!ts.atName("else")) return List.of();
        if (ts.invalidPass) InvalidStmt.header(this, "else", "'else' statement", false);
        ts.next();
        ts.expectForced(":");
        return block();
    }

    private Stmt whileStatement() {
        int start = ts.mark;
        if (ts.invalidPass) InvalidStmt.header(this, "while", "'while' statement", true);
        ts.next();
        Expr test = ex.namedExpression();
        ts.expectOp(":");
        List<Stmt> body = block();
        List<Stmt> orelse = elseBlock();
        return new Stmt.While(ts.pos(start), test, body, orelse);
    }

    private Stmt forStatement() {
        int start = ts.mark;
        if (ts.invalidPass) InvalidStmt.forHeader(this);
        ts.next();
        Expr target = Targets.forTargetsIn(ex, start + 1);
        sp.checkNotStarred(target);
        Expr iter = ex.starExpressions();
        ts.expectOp(":");
        List<Stmt> body = block();
        List<Stmt> orelse = elseBlock();
        return new Stmt.For(ts.pos(start), target, iter, body, orelse);
    }

    // ---- with

    private Stmt withStatement() {
        int start = ts.mark;
        if (ts.invalidPass) InvalidStmt.withHeader(this, start, true);
        ts.next();
        Token t = ts.peek();
        if (t.isName("async")) throw ts.errorAt(t, Parser.ASYNC_UNSUPPORTED);
        List<WithItem> items = null;
        if (t.isOp("(")) {
            int save = ts.mark;
            try {
                ts.next();
                items = withItems(true);
                ts.expectOp(")");
                if (!ts.atOp(":")) throw ParseFailure.INSTANCE;
            } catch (ParseFailure f) {
                ts.mark = save;
                items = null;
            }
        }
        if (items == null) items = withItems(false);
        if (!ts.atOp(":")) {
            if (ts.invalidPass) InvalidStmt.withHeader(this, start, false);
            throw ParseFailure.INSTANCE;
        }
        ts.next();
        List<Stmt> body = block();
        return new Stmt.With(ts.pos(start), items, body);
    }

    /** ','.with_item+ (and, inside parentheses, an optional trailing comma). */
    private List<WithItem> withItems(boolean parenthesized) {
        List<WithItem> items = new ArrayList<>();
        do {
            if (parenthesized && ts.atOp(")") && !items.isEmpty()) break;
            items.add(withItem());
        } while (ts.acceptOp(","));
        return items;
    }

    /** with_item: {@code expression ['as' star_target &(',' | ')' | ':')]}. */
    private WithItem withItem() {
        int start = ts.mark;
        Expr context = ex.expression();
        Expr target = null;
        if (ts.atName("as")) {
            int save = ts.mark;
            ts.next();
            try {
                target = Targets.starTarget(ex);
                Token n = ts.peek();
                if (!n.isOp(",") && !n.isOp(")") && !n.isOp(":")) throw ParseFailure.INSTANCE;
                sp.checkNotStarred(target);
            } catch (ParseFailure f) {
                if (ts.invalidPass) InvalidStmt.withItemTarget(this, save + 1);
                ts.mark = save;
                target = null;
            }
        }
        return new WithItem(ts.pos(start), context, target);
    }

    // ---- try

    private Stmt tryStatement() {
        int start = ts.mark;
        if (ts.invalidPass) InvalidStmt.tryHeader(this);
        ts.next();
        ts.expectForced(":");
        List<Stmt> body = block();
        List<ExceptHandler> handlers = new ArrayList<>();
        while (ts.atName("except")) handlers.add(exceptBlock());
        List<Stmt> orelse = handlers.isEmpty() ? List.of() : elseBlock();
        List<Stmt> finalbody = List.of();
        if (ts.atName("finally")) {
            if (ts.invalidPass) InvalidStmt.header(this, "finally", "'finally' statement", false);
            ts.next();
            ts.expectForced(":");
            finalbody = block();
        } else if (handlers.isEmpty()) {
            throw ParseFailure.INSTANCE;
        }
        return new Stmt.Try(ts.pos(start), body, handlers, orelse, finalbody);
    }

    /** except_block, with Python 2's {@code except E, name:} meaning {@code except E as name:}. */
    private ExceptHandler exceptBlock() {
        int start = ts.mark;
        Token kw = ts.peek();
        if (ts.peek(1).isOp("*")) {
            throw ts.errorRange(ts.tokenPos(start), ts.tokenPos(start + 1), Parser.EXCEPT_STAR_UNSUPPORTED);
        }
        if (ts.invalidPass) InvalidStmt.exceptHeader(this);
        ts.next();
        Expr type = null;
        String name = null;
        if (!ts.atOp(":")) {
            type = ex.expression();
            if (ts.acceptName("as")) {
                name = ts.expectIdentifier().text();
            } else if (ts.atOp(",") && ts.peek(1).isIdentifier() && ts.peek(2).isOp(":")) {
                ts.next();
                name = ts.next().text();
            }
        }
        ts.expectOp(":");
        List<Stmt> body = block();
        return new ExceptHandler(ts.pos(start), type, name, body);
    }

    // ---- def / class / decorators

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (ts.acceptOp("@")) {
            decorators.add(ex.namedExpression());
            ts.expect(Token.Kind.NEWLINE);
        }
        Token t = ts.peek();
        if (t.isName("def")) return functionDef(decorators);
        if (t.isName("class")) return classDef(decorators);
        if (t.isName("async")) throw ts.errorAt(t, Parser.ASYNC_UNSUPPORTED);
        throw ParseFailure.INSTANCE;
    }

    private Stmt functionDef(List<Expr> decorators) {
        int start = ts.mark;
        if (ts.invalidPass) InvalidStmt.defHeader(this);
        ts.next();
        Token name = ts.expectIdentifier();
        ts.expectForced("(");
        Arguments args = ex.params.functionParams();
        ts.expectOp(")");
        Expr returns = null;
        if (ts.atOp("->")) {
            int arrow = ts.mark;
            try {
                ts.next();
                returns = ex.expression();
            } catch (ParseFailure f) {
                ts.mark = arrow;
            }
        }
        ts.expectForced(":");
        List<Stmt> body = block();
        return new Stmt.FunctionDef(ts.pos(start), name.text(), args, body, decorators, returns);
    }

    private Stmt classDef(List<Expr> decorators) {
        int start = ts.mark;
        if (ts.invalidPass) InvalidStmt.classHeader(this);
        ts.next();
        Token name = ts.expectIdentifier();
        List<Expr> bases = List.of();
        List<Keyword> keywords = List.of();
        if (ts.atOp("(")) {
            Expr.Call call = (Expr.Call) ex.displays.classArguments(start);
            bases = call.args();
            keywords = call.keywords();
        }
        ts.expectOp(":");
        List<Stmt> body = block();
        return new Stmt.ClassDef(ts.pos(start), name.text(), bases, keywords, body, decorators);
    }

    // ---- match (recognized only to be refused)

    /**
     * Whether a statement starting with the soft keyword {@code match} is a match
     * statement: {@code match subject ':' NEWLINE}. Otherwise {@code match} is a name.
     */
    private boolean isMatchStatement() {
        int save = ts.mark;
        try {
            ts.next();
            Expr subject = ex.starNamedExpression();
            if (ts.atOp(",")) {
                while (ts.acceptOp(",")) {
                    if (ts.atOp(":")) break;
                    ex.starNamedExpression();
                }
            } else if (subject instanceof Expr.Starred) {
                return false;
            }
            // invalid_match_stmt, which CPython also applies to "match(x)" when another
            // line has an error.
            if (ts.invalidPass && ts.peek().kind() == Token.Kind.NEWLINE) throw ts.error("expected ':'");
            return ts.acceptOp(":") && ts.peek().kind() == Token.Kind.NEWLINE;
        } catch (ParseFailure f) {
            return false;
        } finally {
            ts.mark = save;
        }
    }

    /** The statement parser this belongs to (the error-pass rules need its expression parser). */
    StmtParser statements() {
        return sp;
    }
}
