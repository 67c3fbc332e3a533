package org.gilpy.bytecode;

/**
 * The one list of instructions. Every row says what the instruction takes as operand,
 * what it pops and pushes, and what it does; {@link #stackEffect}, the disassembler and
 * {@code docs/opcodes.md} are derived from these rows (a test fails when the doc is stale).
 *
 * <p>Encoding: an instruction is one {@code int}, {@code opcode.ordinal() | operand << 8};
 * operands are unsigned and below 2^24. Jump operands are absolute instruction indexes.
 * Stack items are listed bottom to top: "Pops: a, b" means b was on top.
 * NULL is the Java null pushed by {@link #PUSH_NULL} or {@link #LOAD_METHOD}.
 * Names follow CPython 3.11 where the meaning is the same.
 */
public enum Opcode {
    // ---- stack ---------------------------------------------------------------
    NOP(Operand.NONE, "", "", "does nothing"),
    POP_TOP(Operand.NONE, "value", "", "discards the top of the stack"),
    COPY(Operand.COUNT, "", "copy", "pushes a copy of the n-th item (1 is the top)"),
    SWAP(Operand.COUNT, "", "", "swaps the top with the n-th item (n >= 2)"),
    PUSH_NULL(Operand.NONE, "", "NULL", "pushes NULL: 'no self' for CALL"),

    // ---- constants and variables ---------------------------------------------
    LOAD_CONST(Operand.CONST, "", "consts[i]", "pushes a constant"),
    LOAD_FAST(Operand.LOCAL, "", "value", "pushes local varnames[i]; UnboundLocalError if unset"),
    STORE_FAST(Operand.LOCAL, "value", "", "sets local varnames[i]"),
    DELETE_FAST(Operand.LOCAL, "", "", "unsets local varnames[i]; UnboundLocalError if unset"),
    LOAD_NAME(Operand.NAME, "", "value", "looks names[i] up in locals, globals, builtins; NameError if absent"),
    STORE_NAME(Operand.NAME, "value", "", "sets names[i] in the locals mapping"),
    DELETE_NAME(Operand.NAME, "", "", "deletes names[i] from the locals mapping; NameError if absent"),
    LOAD_GLOBAL(Operand.NAME, "", "value", "looks names[i] up in globals, then builtins; NameError if absent"),
    STORE_GLOBAL(Operand.NAME, "value", "", "sets names[i] in globals"),
    DELETE_GLOBAL(Operand.NAME, "", "", "deletes names[i] from globals; NameError if absent"),
    LOAD_DEREF(Operand.CELL, "", "value", "pushes the contents of cell i (cellvars, then freevars); NameError/UnboundLocalError if empty"),
    LOAD_CLASSDEREF(Operand.CELL, "", "value", "in a class body: the locals mapping's entry for the cell's name if present, else as LOAD_DEREF"),
    STORE_DEREF(Operand.CELL, "value", "", "sets the contents of cell i"),
    DELETE_DEREF(Operand.CELL, "", "", "empties cell i; error if already empty"),
    LOAD_CLOSURE(Operand.CELL, "", "cell", "pushes cell i itself (to build a closure)"),
    LOAD_ATTR(Operand.NAME, "obj", "obj.names[i]", "attribute lookup"),
    STORE_ATTR(Operand.NAME, "value, obj", "", "obj.names[i] = value"),
    DELETE_ATTR(Operand.NAME, "obj", "", "del obj.names[i]"),
    LOAD_METHOD(Operand.NAME, "obj", "callable, self_or_null",
            "when names[i] is a plain function found on type(obj) (and not shadowed), pushes it and obj; otherwise pushes obj.names[i] and NULL"),
    LOAD_BUILD_CLASS(Operand.NONE, "", "__build_class__", "pushes builtins.__build_class__"),
    LOAD_ASSERTION_ERROR(Operand.NONE, "", "AssertionError", "pushes the AssertionError type"),

    // ---- subscripts -----------------------------------------------------------
    BINARY_SUBSCR(Operand.NONE, "container, key", "container[key]", "subscription"),
    STORE_SUBSCR(Operand.NONE, "value, container, key", "", "container[key] = value"),
    DELETE_SUBSCR(Operand.NONE, "container, key", "", "del container[key]"),
    BUILD_SLICE(Operand.COUNT, "start, stop[, step]", "slice", "builds slice(start, stop[, step]); n is 2 or 3"),

    // ---- operators ------------------------------------------------------------
    UNARY_POSITIVE(Operand.NONE, "value", "+value", "__pos__"),
    UNARY_NEGATIVE(Operand.NONE, "value", "-value", "__neg__"),
    UNARY_NOT(Operand.NONE, "value", "not value", "truth test, negated"),
    UNARY_INVERT(Operand.NONE, "value", "~value", "__invert__"),
    BINARY_OP(Operand.BINOP, "left, right", "left op right", "binary or in-place operator BinaryOp.of(i)"),
    COMPARE_OP(Operand.CMPOP, "left, right", "left op right", "rich comparison CompareOp.of(i)"),
    IS_OP(Operand.FLAG, "left, right", "bool", "left is right; negated when the flag is 1"),
    CONTAINS_OP(Operand.FLAG, "item, container", "bool", "item in container; negated when the flag is 1"),

    // ---- jumps and iteration --------------------------------------------------
    JUMP_FORWARD(Operand.JUMP, "", "", "jumps to the target"),
    JUMP_BACKWARD(Operand.JUMP, "", "", "jumps back to the target (loops)"),
    POP_JUMP_IF_FALSE(Operand.JUMP, "value", "", "jumps when value is false"),
    POP_JUMP_IF_TRUE(Operand.JUMP, "value", "", "jumps when value is true"),
    POP_JUMP_IF_NONE(Operand.JUMP, "value", "", "jumps when value is None"),
    POP_JUMP_IF_NOT_NONE(Operand.JUMP, "value", "", "jumps when value is not None"),
    JUMP_IF_FALSE_OR_POP(Operand.JUMP, "value", "(value)", "when value is false jumps and keeps it, else pops it"),
    JUMP_IF_TRUE_OR_POP(Operand.JUMP, "value", "(value)", "when value is true jumps and keeps it, else pops it"),
    GET_ITER(Operand.NONE, "iterable", "iter(iterable)", "gets an iterator"),
    FOR_ITER(Operand.JUMP, "iterator", "iterator, next",
            "pushes next(iterator); when it is exhausted pops the iterator and jumps to the target"),

    // ---- building -------------------------------------------------------------
    BUILD_TUPLE(Operand.COUNT, "item*n", "tuple", "builds a tuple"),
    BUILD_LIST(Operand.COUNT, "item*n", "list", "builds a list"),
    BUILD_SET(Operand.COUNT, "item*n", "set", "builds a set"),
    BUILD_MAP(Operand.COUNT, "(key, value)*n", "dict", "builds a dict from n pairs, in order"),
    BUILD_CONST_KEY_MAP(Operand.COUNT, "value*n, keys", "dict", "builds a dict from a tuple of n keys and n values"),
    BUILD_STRING(Operand.COUNT, "str*n", "str", "concatenates n strings"),
    LIST_APPEND(Operand.COUNT, "value", "", "appends value to the list at stack[-i] (counted after the pop)"),
    SET_ADD(Operand.COUNT, "value", "", "adds value to the set at stack[-i]"),
    MAP_ADD(Operand.COUNT, "key, value", "", "sets key to value in the dict at stack[-i]"),
    LIST_EXTEND(Operand.COUNT, "iterable", "", "extends the list at stack[-i]"),
    SET_UPDATE(Operand.COUNT, "iterable", "", "updates the set at stack[-i]"),
    DICT_UPDATE(Operand.COUNT, "mapping", "", "updates the dict at stack[-i]; TypeError when mapping is not a mapping"),
    DICT_MERGE(Operand.COUNT, "mapping", "",
            "as DICT_UPDATE for **kwargs of a call: TypeError on a repeated or non-str key, naming the callable at stack[-(i+3)]"),
    LIST_TO_TUPLE(Operand.NONE, "list", "tuple", "converts a list to a tuple"),
    UNPACK_SEQUENCE(Operand.COUNT, "sequence", "item*n",
            "unpacks exactly n items, pushed so that item 0 ends on top"),
    UNPACK_EX(Operand.COUNT, "sequence", "item*(b+1+a)",
            "starred unpacking with b = i & 0xFF items before the star and a = i >> 8 after; pushes the a items after, the starred list, then the b items before, item 0 on top"),
    FORMAT_VALUE(Operand.FLAGS, "value[, spec]", "str",
            "f-string field: conversion i & 3 (0 none, 1 str, 2 repr, 3 ascii), then format(value, spec); spec is on the stack when i & 4"),

    // ---- functions and calls --------------------------------------------------
    MAKE_FUNCTION(Operand.FLAGS, "[defaults][, kwdefaults][, annotations][, closure], code", "function",
            "makes a function; flags: 1 defaults tuple, 2 kwdefaults dict, 4 annotations tuple (name, value pairs flattened), 8 closure tuple of cells"),
    KW_NAMES(Operand.CONST, "", "", "consts[i] is a tuple of keyword names for the next CALL"),
    CALL(Operand.COUNT, "callable, self_or_null, arg*n", "result",
            "calls callable with self (when not NULL) and n arguments, of which the last len(kw_names) are keyword values"),
    CALL_FUNCTION_EX(Operand.FLAGS, "callable, NULL, args[, kwargs]", "result",
            "calls callable(*args, **kwargs); args is a tuple, kwargs (a dict) is present when i & 1"),
    RETURN_VALUE(Operand.NONE, "value", "", "returns value to the caller"),
    YIELD_VALUE(Operand.NONE, "value", "sent", "suspends the generator yielding value; on resume pushes the value sent in"),
    GET_YIELD_FROM_ITER(Operand.NONE, "iterable", "iterator", "iter(iterable), unless it is a generator"),
    YIELD_FROM(Operand.NONE, "iterator, value", "result",
            "sends value into iterator (next() when None); if it yields, suspends yielding that and, on resume, executes YIELD_FROM again with the sent value; when it finishes pushes its return value"),

    // ---- exceptions -----------------------------------------------------------
    RAISE_VARARGS(Operand.COUNT, "[exc[, cause]]", "",
            "n=0 re-raises the exception being handled; n=1 raises exc; n=2 raises exc from cause"),
    PUSH_EXC_INFO(Operand.NONE, "exc", "previous, exc",
            "makes exc the thread's handled exception (sys.exc_info); pushes the previous one (None if none) below it"),
    POP_EXCEPT(Operand.NONE, "previous", "", "restores previous as the thread's handled exception"),
    CHECK_EXC_MATCH(Operand.NONE, "exc, type", "exc, bool", "isinstance(exc, type) for an except clause; TypeError if type is not an exception class or tuple of them"),
    RERAISE(Operand.COUNT, "exc", "",
            "raises exc again without a new traceback entry; when n > 0, the instruction index saved by a lasti handler at stack[-n] becomes the frame's current instruction (its line, and the index the next lasti handler pushes), but the handler is looked up at the RERAISE itself"),
    BEFORE_WITH(Operand.NONE, "manager", "exit, entered",
            "pushes the bound __exit__ and the result of __enter__(); TypeError when manager lacks them"),
    WITH_EXCEPT_START(Operand.NONE, "exit, lasti, previous, exc", "exit, lasti, previous, exc, result",
            "calls exit(type(exc), exc, exc.__traceback__)"),

    // ---- modules, classes, misc -----------------------------------------------
    SETUP_ANNOTATIONS(Operand.NONE, "", "", "creates __annotations__ in the locals mapping if absent"),
    IMPORT_NAME(Operand.NAME, "level, fromlist", "module", "__import__(names[i], globals, None, fromlist, level)"),
    IMPORT_FROM(Operand.NAME, "module", "module, value", "getattr(module, names[i]) or the submodule; ImportError 'cannot import name'"),
    IMPORT_STAR(Operand.NONE, "module", "", "binds the module's public names (its __all__) in the locals mapping"),
    PRINT_EXPR(Operand.NONE, "value", "", "interactive echo: sys.displayhook(value)"),
    PRINT_ITEM(Operand.NONE, "file, value", "",
            "Python 2 print: writes a pending soft space, then str(value); file None means sys.stdout"),
    PRINT_NEWLINE(Operand.NONE, "file", "", "Python 2 print: writes a newline and clears the soft space; file None means sys.stdout");

    /** What the operand means. */
    public enum Operand {
        /** No operand; always 0. */
        NONE,
        /** Index into consts. */
        CONST,
        /** Index into names. */
        NAME,
        /** Index into varnames. */
        LOCAL,
        /** Index into cellvars followed by freevars. */
        CELL,
        /** Absolute instruction index. */
        JUMP,
        /** A count or small number. */
        COUNT,
        /** A 0/1 flag. */
        FLAG,
        /** A bit set described by the row. */
        FLAGS,
        /** {@link BinaryOp} ordinal. */
        BINOP,
        /** {@link CompareOp} ordinal. */
        CMPOP
    }

    public final Operand operand;
    /** "Pops: ..." as written in the row. */
    public final String pops;
    /** "Pushes: ..." as written in the row. */
    public final String pushes;
    /** What the instruction does, in a short sentence. */
    public final String does;

    private static final Opcode[] VALUES = values();

    Opcode(Operand operand, String pops, String pushes, String does) {
        this.operand = operand;
        this.pops = pops;
        this.pushes = pushes;
        this.does = does;
    }

    public static Opcode of(int ordinal) { return VALUES[ordinal]; }

    /** Encodes this opcode with its operand as one instruction word. */
    public int encode(int arg) {
        if (arg < 0 || arg >= 1 << 24) {
            throw new IllegalArgumentException(name() + " operand out of range: " + arg);
        }
        return ordinal() | arg << 8;
    }

    public static Opcode opcodeOf(int word) { return VALUES[word & 0xFF]; }

    public static int argOf(int word) { return word >>> 8; }

    public boolean isJump() { return operand == Operand.JUMP; }

    /** True for instructions after which control never falls through to the next one. */
    public boolean isTerminal() {
        return switch (this) {
            case JUMP_FORWARD, JUMP_BACKWARD, RETURN_VALUE, RAISE_VARARGS, RERAISE -> true;
            default -> false;
        };
    }

    /**
     * The change in stack depth: after the instruction falls through when {@code jump}
     * is false, or at its jump target when {@code jump} is true.
     */
    public int stackEffect(int arg, boolean jump) {
        return switch (this) {
            case NOP, SWAP, UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT,
                 JUMP_FORWARD, JUMP_BACKWARD, GET_ITER, LIST_TO_TUPLE, KW_NAMES,
                 SETUP_ANNOTATIONS, DELETE_FAST, DELETE_NAME, DELETE_GLOBAL, DELETE_DEREF,
                 LOAD_ATTR, GET_YIELD_FROM_ITER, YIELD_VALUE, CHECK_EXC_MATCH -> 0;
            case POP_TOP, STORE_FAST, STORE_NAME, STORE_GLOBAL, STORE_DEREF, DELETE_ATTR,
                 BINARY_SUBSCR, BINARY_OP, COMPARE_OP, IS_OP, CONTAINS_OP,
                 POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE,
                 LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE,
                 RETURN_VALUE, YIELD_FROM, POP_EXCEPT, RERAISE, IMPORT_NAME, IMPORT_STAR,
                 PRINT_EXPR, PRINT_NEWLINE -> -1;
            case COPY, PUSH_NULL, LOAD_CONST, LOAD_FAST, LOAD_NAME, LOAD_GLOBAL, LOAD_DEREF,
                 LOAD_CLASSDEREF, LOAD_CLOSURE, LOAD_METHOD, LOAD_BUILD_CLASS,
                 LOAD_ASSERTION_ERROR, PUSH_EXC_INFO, BEFORE_WITH, WITH_EXCEPT_START,
                 IMPORT_FROM -> 1;
            case STORE_ATTR, DELETE_SUBSCR, MAP_ADD, PRINT_ITEM -> -2;
            case STORE_SUBSCR -> -3;
            case BUILD_SLICE, BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING -> 1 - arg;
            case BUILD_MAP -> 1 - 2 * arg;
            case BUILD_CONST_KEY_MAP -> -arg;
            case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> jump ? 0 : -1;
            case FOR_ITER -> jump ? -1 : 1;
            case UNPACK_SEQUENCE -> arg - 1;
            case UNPACK_EX -> (arg & 0xFF) + (arg >> 8);
            case FORMAT_VALUE -> (arg & 4) != 0 ? -1 : 0;
            case MAKE_FUNCTION -> -Integer.bitCount(arg & 0xF);
            case CALL -> -(arg + 1);
            case CALL_FUNCTION_EX -> (arg & 1) != 0 ? -3 : -2;
            case RAISE_VARARGS -> -arg;
        };
    }
}
