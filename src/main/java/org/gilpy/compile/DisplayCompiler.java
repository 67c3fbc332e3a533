package org.gilpy.compile;

import java.util.ArrayList;
import java.util.List;
import org.gilpy.ast.Ctx;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Pos;
import org.gilpy.bytecode.Constants;
import org.gilpy.bytecode.Opcode;

/**
 * List, tuple, set and dict displays (with * and ** unpacking), the positional-argument
 * tuple of starred calls, and f-strings, in CPython 3.11's shapes: constant displays
 * become one constant, small ones are built at once, large or starred ones are built
 * incrementally ({@code BUILD_LIST 0; ...; LIST_APPEND/LIST_EXTEND; [LIST_TO_TUPLE]}),
 * dicts merge runs of pairs with {@code DICT_UPDATE}. Each method leaves one value.
 */
final class DisplayCompiler {
    /** Above this many items, displays are built incrementally (CPython's STACK_USE_GUIDELINE). */
    static final int STACK_USE_GUIDELINE = 30;

    private final CodeGenerator g;

    DisplayCompiler(CodeGenerator g) {
        this.g = g;
    }

    /** Compiles e, but a list display without * as a tuple. */
    void listAsTuple(Expr e) {
        if (e instanceof Expr.List_ l && l.ctx() == Ctx.LOAD && l.elts().stream().noneMatch(x -> x instanceof Expr.Starred)) {
            Pos saved = g.u.loc;
            g.u.loc = e.pos();
            Constants.Tuple t = constantTuple(l.elts());
            if (t != null) g.loadConst(t);
            else starUnpack(l.elts(), 0, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, true);
            g.u.loc = saved;
        } else {
            g.expr(e);
        }
    }

    /** The constant tuple of elements that are all constants (no starred), else null. */
    Constants.Tuple constantTuple(List<Expr> elts) {
        List<Object> items = new ArrayList<>();
        for (Expr e : elts) {
            Object v = e instanceof Expr.Starred ? null : g.folder.fold(e);
            if (v == null) return null;
            items.add(v);
        }
        return new Constants.Tuple(items);
    }

    /**
     * A list, tuple or set display, or the positional arguments of a starred call, with
     * {@code pushed} items already on the stack to go first. An all-constant tuple loads
     * one constant; other all-constant displays of more than two items extend an empty
     * list/set with one constant tuple; small displays without * build at once;
     * others start a list/set and append or extend it item by item.
     */
    void starUnpack(List<Expr> elts, int pushed, Opcode build, Opcode add, Opcode extend, boolean tuple) {
        CodeUnit u = g.u;
        int n = elts.size();
        if (n > 2 || tuple && pushed == 0) {
            Constants.Tuple folded = constantTuple(elts);
            if (folded != null) {
                if (tuple && pushed == 0) {
                    g.loadConst(folded);
                } else {
                    u.emit(build, pushed);
                    g.loadConst(folded);
                    u.emit(extend, 1);
                    if (tuple) u.emit(Opcode.LIST_TO_TUPLE);
                }
                return;
            }
        }
        boolean big = n + pushed > STACK_USE_GUIDELINE;
        boolean starred = elts.stream().anyMatch(x -> x instanceof Expr.Starred);
        if (!starred && !big) {
            for (Expr x : elts) g.expr(x);
            u.emit(tuple ? Opcode.BUILD_TUPLE : build, n + pushed);
            return;
        }
        boolean built = false;
        if (big) {
            u.emit(build, pushed);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            Expr x = elts.get(i);
            if (x instanceof Expr.Starred s) {
                if (!built) {
                    u.emit(build, i + pushed);
                    built = true;
                }
                g.expr(s.value());
                u.emit(extend, 1);
            } else {
                g.expr(x);
                if (built) u.emit(add, 1);
            }
        }
        if (tuple) u.emit(Opcode.LIST_TO_TUPLE);
    }

    /** A dict display: runs of key/value pairs become one map each, merged with {@code **} parts. */
    void dict(Expr.Dict d) {
        CodeUnit u = g.u;
        int n = d.values().size();
        boolean haveDict = false;
        int runStart = 0;
        for (int i = 0; i <= n; i++) {
            boolean unpack = i < n && d.keys().get(i) == null;
            boolean runFull = i < n && !unpack && (i - runStart) * 2 > STACK_USE_GUIDELINE;
            if (i == n || unpack || runFull) {
                int end = runFull ? i + 1 : i;
                if (end > runStart) {
                    subdict(d, runStart, end);
                    if (haveDict) u.emit(Opcode.DICT_UPDATE, 1);
                    haveDict = true;
                }
                runStart = end;
            }
            if (unpack) {
                if (!haveDict) {
                    u.emit(Opcode.BUILD_MAP, 0);
                    haveDict = true;
                }
                g.expr(d.values().get(i));
                u.emit(Opcode.DICT_UPDATE, 1);
                runStart = i + 1;
            }
        }
        if (!haveDict) u.emit(Opcode.BUILD_MAP, 0);
    }

    private void subdict(Expr.Dict d, int begin, int end) {
        CodeUnit u = g.u;
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            Constants.Tuple keys = constantTuple(d.keys().subList(begin, end));
            if (keys != null) {
                for (int i = begin; i < end; i++) g.expr(d.values().get(i));
                g.loadConst(keys);
                u.emit(Opcode.BUILD_CONST_KEY_MAP, n);
                return;
            }
        }
        if (big) u.emit(Opcode.BUILD_MAP, 0);
        for (int i = begin; i < end; i++) {
            g.expr(d.keys().get(i));
            g.expr(d.values().get(i));
            if (big) u.emit(Opcode.MAP_ADD, 1);
        }
        if (!big) u.emit(Opcode.BUILD_MAP, n);
    }

    // ---- f-strings ----------------------------------------------------------------

    void joinedStr(Expr.JoinedStr j) {
        CodeUnit u = g.u;
        List<Expr> values = j.values();
        if (values.size() > STACK_USE_GUIDELINE) {
            g.loadConst("");
            u.emit(Opcode.LOAD_METHOD, u.addName("join"));
            u.emit(Opcode.BUILD_LIST, 0);
            for (Expr v : values) {
                g.expr(v);
                u.emit(Opcode.LIST_APPEND, 1);
            }
            u.emit(Opcode.CALL, 1);
            return;
        }
        for (Expr v : values) g.expr(v);
        if (values.size() != 1) u.emit(Opcode.BUILD_STRING, values.size());
    }

    void formattedValue(Expr.FormattedValue f) {
        g.expr(f.value());
        int flags = switch (f.conversion()) {
            case 's' -> 1;
            case 'r' -> 2;
            case 'a' -> 3;
            default -> 0;
        };
        if (f.formatSpec() != null) {
            g.expr(f.formatSpec());
            flags |= 4;
        }
        g.u.emit(Opcode.FORMAT_VALUE, flags);
    }
}
