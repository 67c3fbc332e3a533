package org.gilpy.compile;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.gilpy.ast.Pos;

/**
 * The second symbol-table pass: decides the {@link Scope.Binding} of every name in every
 * block, top down, with the rules of CPython 3.11's symtable analysis.
 *
 * <p>Each block receives the names bound by its enclosing function blocks
 * ({@code bound}; null at module level) and the names declared global around it
 * ({@code global}). A name assigned in a block is LOCAL there unless declared global or
 * nonlocal; a name only used is FREE when an enclosing function binds it, otherwise
 * global. A class body's own names are invisible to the functions inside it, except
 * {@code __class__}, which it offers as a cell. Free names reported by nested blocks turn
 * a function's LOCAL into CELL, and pass through intermediate blocks as FREE so that
 * closures can be built level by level; a class that binds such a name itself also keeps
 * it among its free variables (DEF_FREE_CLASS).
 */
final class ScopeAnalyzer {

    void analyze(Scope top) {
        analyzeBlock(top, null, new HashSet<>(), new HashSet<>());
    }

    /** Analyzes s and its children; adds the names s uses freely to {@code free}. */
    private void analyzeBlock(Scope s, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Set<String> newGlobal = new HashSet<>(), newFree = new HashSet<>(), newBound = new HashSet<>();
        if (s.kind == Scope.Kind.CLASS) {
            // A class's own names are not visible inside its methods.
            newGlobal.addAll(global);
            if (bound != null) newBound.addAll(bound);
        }
        for (Map.Entry<String, Integer> e : s.symbols.entrySet()) {
            analyzeName(s, e.getKey(), e.getValue(), bound, local, free, global);
        }
        if (s.kind != Scope.Kind.CLASS) {
            if (s.isFunctionLike()) newBound.addAll(local);
            if (bound != null) newBound.addAll(bound);
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
        }
        for (Scope child : s.children) {
            analyzeBlock(child, new HashSet<>(newBound), newFree, new HashSet<>(newGlobal));
        }
        if (s.isFunctionLike()) {
            for (Map.Entry<String, Scope.Binding> e : s.bindings.entrySet()) {
                if (e.getValue() == Scope.Binding.LOCAL && newFree.remove(e.getKey())) {
                    e.setValue(Scope.Binding.CELL);
                }
            }
        } else if (s.kind == Scope.Kind.CLASS && newFree.remove("__class__")) {
            s.needsClassClosure = true;
        }
        for (String name : newFree) {
            Integer flags = s.symbols.get(name);
            if (flags != null) {
                if (s.kind == Scope.Kind.CLASS && (flags & (Scope.DEF_BOUND | Scope.DEF_GLOBAL)) != 0) {
                    s.symbols.put(name, flags | Scope.DEF_FREE_CLASS);
                }
                continue; // a cell, or already free here
            }
            if (bound != null && !bound.contains(name)) continue; // a global
            s.symbols.put(name, 0);
            s.bindings.put(name, Scope.Binding.FREE); // passes through to a nested block
        }
        free.addAll(newFree);
    }

    private void analyzeName(Scope s, String name, int flags, Set<String> bound, Set<String> local,
                             Set<String> free, Set<String> global) {
        if ((flags & Scope.DEF_GLOBAL) != 0) {
            if ((flags & Scope.DEF_NONLOCAL) != 0) {
                throw new CompileError("name '" + name + "' is nonlocal and global", directive(s, name));
            }
            s.bindings.put(name, Scope.Binding.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) bound.remove(name);
        } else if ((flags & Scope.DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw new CompileError("nonlocal declaration not allowed at module level", directive(s, name));
            }
            if (!bound.contains(name)) {
                throw new CompileError("no binding for nonlocal '" + name + "' found", directive(s, name));
            }
            s.bindings.put(name, Scope.Binding.FREE);
            free.add(name);
        } else if ((flags & Scope.DEF_BOUND) != 0) {
            s.bindings.put(name, Scope.Binding.LOCAL);
            local.add(name);
            global.remove(name);
        } else if (bound != null && bound.contains(name)) {
            s.bindings.put(name, Scope.Binding.FREE);
            free.add(name);
        } else {
            s.bindings.put(name, Scope.Binding.GLOBAL_IMPLICIT);
        }
    }

    private static Pos directive(Scope s, String name) {
        Pos p = s.directives.get(name);
        return p != null ? p : Pos.NONE;
    }
}
