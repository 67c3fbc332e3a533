package org.gilpy.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.gilpy.ast.Node;
import org.gilpy.ast.Pos;

/**
 * One block of the symbol table: a module, class body, function, lambda or comprehension,
 * with what each name means in it.
 *
 * <p>{@link SymbolTable} fills {@link #symbols} (the DEF_/USE flags of every name, in order
 * of first appearance) while walking the AST; {@link ScopeAnalyzer} then sets the
 * {@link Binding} of every name and the flags that depend on enclosing and nested blocks.
 * Names are stored mangled ({@link #mangle}). Invariant after analysis: every name in
 * {@link #symbols} has a binding, {@link #cellvars()} are the names bound here and used
 * free by a nested block, and {@link #freevars()} are the names this block takes from an
 * enclosing function (for a class, also its own names that a method uses freely).
 */
final class Scope {
    enum Kind { MODULE, CLASS, FUNCTION, LAMBDA, COMPREHENSION }

    /** Where a name lives at run time, as CPython's symtable scopes. */
    enum Binding { LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL }

    // Flags recorded per name while walking the block (CPython's DEF_* and USE).
    static final int DEF_GLOBAL = 1, DEF_LOCAL = 2, DEF_PARAM = 4, DEF_NONLOCAL = 8, USE = 16,
            DEF_FREE_CLASS = 32, DEF_IMPORT = 64, DEF_ANNOT = 128, DEF_COMP_ITER = 256;
    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    final Kind kind;
    /** The block's name: the function or class name, "lambda", "listcomp", "genexpr", ... */
    final String name;
    /** The AST node that opens the block (Mod, FunctionDef, ClassDef, Lambda, comprehension). */
    final Node node;
    final Scope parent;
    /** The class name used for private-name mangling here, or null. */
    final String privateName;
    /** For comprehensions, the word used in error messages: "list comprehension", ... */
    final String comprehensionWord;

    final Map<String, Integer> symbols = new LinkedHashMap<>();
    final Map<String, Binding> bindings = new HashMap<>();
    /** Parameters in frame order: posonly, args, kwonly, *args, **kwargs; ".0" for comprehensions. */
    final List<String> params = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();
    /** Position of the first global/nonlocal statement naming each name (for errors). */
    final Map<String, Pos> directives = new HashMap<>();

    boolean generator, hasVarargs, hasVarkw;
    /** Inside a function (directly or through other blocks): CPython's ste_nested. */
    final boolean nested;
    /** A class body whose methods use {@code __class__} or {@code super}: it gets the cell. */
    boolean needsClassClosure;

    // State used only while SymbolTable walks the block.
    int compIterExpr;
    boolean compIterTarget;

    Scope(Kind kind, String name, Node node, Scope parent, String privateName, String comprehensionWord) {
        this.kind = kind;
        this.name = name;
        this.node = node;
        this.parent = parent;
        this.privateName = privateName;
        this.comprehensionWord = comprehensionWord;
        this.nested = parent != null && (parent.nested || parent.isFunctionLike());
        if (parent != null) parent.children.add(this);
    }

    /** Functions, lambdas and comprehensions: blocks with fast locals (CPython's FunctionBlock). */
    boolean isFunctionLike() {
        return kind == Kind.FUNCTION || kind == Kind.LAMBDA || kind == Kind.COMPREHENSION;
    }

    int flags(String mangledName) {
        return symbols.getOrDefault(mangledName, 0);
    }

    /** The binding of a mangled name; null when the block never mentions it. */
    Binding binding(String mangledName) {
        return bindings.get(mangledName);
    }

    /**
     * Cell variables in CPython 3.11's order: parameters that are cells, in parameter
     * order, then the other cells sorted by name.
     */
    List<String> cellvars() {
        List<String> cells = new ArrayList<>();
        for (String p : params) {
            if (bindings.get(p) == Binding.CELL && !cells.contains(p)) cells.add(p);
        }
        TreeSet<String> others = new TreeSet<>();
        for (Map.Entry<String, Binding> e : bindings.entrySet()) {
            if (e.getValue() == Binding.CELL && !cells.contains(e.getKey())) others.add(e.getKey());
        }
        if (needsClassClosure) others.add("__class__");
        cells.addAll(others);
        return cells;
    }

    /** Free variables, sorted by name; for a class also its names that methods use freely. */
    List<String> freevars() {
        TreeSet<String> free = new TreeSet<>();
        for (Map.Entry<String, Binding> e : bindings.entrySet()) {
            if (e.getValue() == Binding.FREE || (flags(e.getKey()) & DEF_FREE_CLASS) != 0) {
                free.add(e.getKey());
            }
        }
        return new ArrayList<>(free);
    }

    /**
     * Private name mangling: inside class {@code C}, {@code __x} becomes {@code _C__x}
     * unless it ends with two underscores or contains a dot; a class named only with
     * underscores mangles nothing.
     */
    static String mangle(String privateName, String name) {
        if (privateName == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') i++;
        if (i == privateName.length()) return name;
        return "_" + privateName.substring(i) + name;
    }

    String mangle(String name) {
        return mangle(privateName, name);
    }

    @Override public String toString() {
        return kind + " " + name + " " + bindings;
    }
}
