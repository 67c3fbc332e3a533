package org.gilpy.compile;

import java.util.ArrayList;
import java.util.List;
import org.gilpy.ast.Ctx;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Keyword;
import org.gilpy.ast.Pos;
import org.gilpy.bytecode.Constants;
import org.gilpy.bytecode.Opcode;

/**
 * Calls, in the VM's convention {@code callable, self_or_null, args...}:
 * <ul>
 * <li>{@code o.m(args)} without * or **: {@code o; LOAD_METHOD m; args; [KW_NAMES]; CALL n}
 *     (unless o is a name imported at module level: then as any other call);
 * <li>other calls without * or **: {@code f; PUSH_NULL; args; [KW_NAMES]; CALL n};
 * <li>calls with * or ** (or very many arguments): {@code f; PUSH_NULL}, the positional
 *     arguments as one tuple (a lone {@code *a} is passed as is), then, if there are
 *     keywords, one dict built from runs of named keywords and {@code DICT_MERGE}d
 *     {@code **} parts; {@code CALL_FUNCTION_EX 0/1}.
 * </ul>
 * {@link #callHelper} also builds the {@code __build_class__} call, whose function and
 * name are already pushed.
 */
final class CallCompiler {
    private final CodeGenerator g;

    CallCompiler(CodeGenerator g) {
        this.g = g;
    }

    void call(Expr.Call c) {
        if (methodCall(c)) return;
        g.expr(c.func());
        Pos saved = g.u.loc;
        g.u.loc = c.func().pos();
        g.u.emit(Opcode.PUSH_NULL);
        g.u.loc = saved;
        callHelper(0, c.args(), c.keywords());
    }

    private boolean methodCall(Expr.Call c) {
        if (!(c.func() instanceof Expr.Attribute a) || a.ctx() != Ctx.LOAD) return false;
        // As CPython 3.11: module.function(...) on a module-level imported name is not a method call.
        if (a.value() instanceof Expr.Name n && (g.symbols.top.flags(n.id()) & Scope.DEF_IMPORT) != 0) return false;
        if (c.args().size() + c.keywords().size() >= DisplayCompiler.STACK_USE_GUIDELINE) return false;
        for (Expr arg : c.args()) if (arg instanceof Expr.Starred) return false;
        for (Keyword k : c.keywords()) if (k.name() == null) return false;
        validateKeywords(c.keywords());
        CodeUnit u = g.u;
        g.expr(a.value());
        Pos saved = u.loc;
        u.loc = CodeGenerator.attributeSpan(a.pos(), a);
        u.emit(Opcode.LOAD_METHOD, u.addName(u.scope.mangle(a.attr())));
        u.loc = saved;
        for (Expr arg : c.args()) g.expr(arg);
        for (Keyword k : c.keywords()) g.expr(k.value());
        u.loc = CodeGenerator.attributeSpan(c.pos(), a);
        if (!c.keywords().isEmpty()) u.emit(Opcode.KW_NAMES, u.addConst(keywordNames(c.keywords())));
        u.emit(Opcode.CALL, c.args().size() + c.keywords().size());
        u.loc = saved;
        return true;
    }

    /** The arguments and the call, with {@code pushed} positional arguments already on the stack. */
    void callHelper(int pushed, List<Expr> args, List<Keyword> keywords) {
        validateKeywords(keywords);
        CodeUnit u = g.u;
        boolean ex = args.size() + 2 * keywords.size() > DisplayCompiler.STACK_USE_GUIDELINE;
        for (Expr arg : args) ex |= arg instanceof Expr.Starred;
        for (Keyword k : keywords) ex |= k.name() == null;
        if (!ex) {
            for (Expr arg : args) g.expr(arg);
            for (Keyword k : keywords) g.expr(k.value());
            if (!keywords.isEmpty()) u.emit(Opcode.KW_NAMES, u.addConst(keywordNames(keywords)));
            u.emit(Opcode.CALL, pushed + args.size() + keywords.size());
            return;
        }
        if (pushed == 0 && args.size() == 1 && args.get(0) instanceof Expr.Starred s) {
            g.expr(s.value());
        } else {
            g.displays.starUnpack(args, pushed, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, true);
        }
        if (!keywords.isEmpty()) {
            boolean haveDict = false;
            int runStart = 0;
            for (int i = 0; i < keywords.size(); i++) {
                Keyword k = keywords.get(i);
                if (k.name() != null) continue;
                if (i > runStart) {
                    kwargsMap(keywords, runStart, i);
                    if (haveDict) u.emit(Opcode.DICT_MERGE, 1);
                    haveDict = true;
                }
                if (!haveDict) {
                    u.emit(Opcode.BUILD_MAP, 0);
                    haveDict = true;
                }
                g.expr(k.value());
                u.emit(Opcode.DICT_MERGE, 1);
                runStart = i + 1;
            }
            if (runStart < keywords.size()) {
                kwargsMap(keywords, runStart, keywords.size());
                if (haveDict) u.emit(Opcode.DICT_MERGE, 1);
            }
        }
        u.emit(Opcode.CALL_FUNCTION_EX, keywords.isEmpty() ? 0 : 1);
    }

    /** A dict of the named keywords in [begin, end). */
    private void kwargsMap(List<Keyword> keywords, int begin, int end) {
        CodeUnit u = g.u;
        int n = end - begin;
        boolean big = n * 2 > DisplayCompiler.STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            for (int i = begin; i < end; i++) g.expr(keywords.get(i).value());
            g.loadConst(keywordNames(keywords.subList(begin, end)));
            u.emit(Opcode.BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) u.emit(Opcode.BUILD_MAP, 0);
        for (int i = begin; i < end; i++) {
            g.loadConst(keywords.get(i).name());
            g.expr(keywords.get(i).value());
            if (big) u.emit(Opcode.MAP_ADD, 1);
        }
        if (!big) u.emit(Opcode.BUILD_MAP, n);
    }

    private static Constants.Tuple keywordNames(List<Keyword> keywords) {
        List<Object> names = new ArrayList<>();
        for (Keyword k : keywords) names.add(k.name());
        return new Constants.Tuple(names);
    }

    /** "keyword argument repeated" and assignments to __debug__, as CPython checks them. */
    private void validateKeywords(List<Keyword> keywords) {
        for (int i = 0; i < keywords.size(); i++) {
            String name = keywords.get(i).name();
            if (name == null) continue;
            g.checkForbidden(name, Ctx.STORE, g.u.loc);
            for (int j = i + 1; j < keywords.size(); j++) {
                if (name.equals(keywords.get(j).name())) {
                    throw g.error("keyword argument repeated: " + name, keywords.get(j).pos());
                }
            }
        }
    }
}
