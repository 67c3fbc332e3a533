package org.gilpy.bytecode;

/**
 * The opcode numbers of {@link Opcode} as int constants, for {@code switch} in the eval loop.
 * Generated from Opcode by OpConstantsTest (which fails when this file is stale): do not edit.
 */
public final class Op {
    private Op() {}

    public static final int NOP = 0;
    public static final int POP_TOP = 1;
    public static final int COPY = 2;
    public static final int SWAP = 3;
    public static final int PUSH_NULL = 4;
    public static final int LOAD_CONST = 5;
    public static final int LOAD_FAST = 6;
    public static final int STORE_FAST = 7;
    public static final int DELETE_FAST = 8;
    public static final int LOAD_NAME = 9;
    public static final int STORE_NAME = 10;
    public static final int DELETE_NAME = 11;
    public static final int LOAD_GLOBAL = 12;
    public static final int STORE_GLOBAL = 13;
    public static final int DELETE_GLOBAL = 14;
    public static final int LOAD_DEREF = 15;
    public static final int LOAD_CLASSDEREF = 16;
    public static final int STORE_DEREF = 17;
    public static final int DELETE_DEREF = 18;
    public static final int LOAD_CLOSURE = 19;
    public static final int LOAD_ATTR = 20;
    public static final int STORE_ATTR = 21;
    public static final int DELETE_ATTR = 22;
    public static final int LOAD_METHOD = 23;
    public static final int LOAD_BUILD_CLASS = 24;
    public static final int LOAD_ASSERTION_ERROR = 25;
    public static final int BINARY_SUBSCR = 26;
    public static final int STORE_SUBSCR = 27;
    public static final int DELETE_SUBSCR = 28;
    public static final int BUILD_SLICE = 29;
    public static final int UNARY_POSITIVE = 30;
    public static final int UNARY_NEGATIVE = 31;
    public static final int UNARY_NOT = 32;
    public static final int UNARY_INVERT = 33;
    public static final int BINARY_OP = 34;
    public static final int COMPARE_OP = 35;
    public static final int IS_OP = 36;
    public static final int CONTAINS_OP = 37;
    public static final int JUMP_FORWARD = 38;
    public static final int JUMP_BACKWARD = 39;
    public static final int POP_JUMP_IF_FALSE = 40;
    public static final int POP_JUMP_IF_TRUE = 41;
    public static final int POP_JUMP_IF_NONE = 42;
    public static final int POP_JUMP_IF_NOT_NONE = 43;
    public static final int JUMP_IF_FALSE_OR_POP = 44;
    public static final int JUMP_IF_TRUE_OR_POP = 45;
    public static final int GET_ITER = 46;
    public static final int FOR_ITER = 47;
    public static final int BUILD_TUPLE = 48;
    public static final int BUILD_LIST = 49;
    public static final int BUILD_SET = 50;
    public static final int BUILD_MAP = 51;
    public static final int BUILD_CONST_KEY_MAP = 52;
    public static final int BUILD_STRING = 53;
    public static final int LIST_APPEND = 54;
    public static final int SET_ADD = 55;
    public static final int MAP_ADD = 56;
    public static final int LIST_EXTEND = 57;
    public static final int SET_UPDATE = 58;
    public static final int DICT_UPDATE = 59;
    public static final int DICT_MERGE = 60;
    public static final int LIST_TO_TUPLE = 61;
    public static final int UNPACK_SEQUENCE = 62;
    public static final int UNPACK_EX = 63;
    public static final int FORMAT_VALUE = 64;
    public static final int MAKE_FUNCTION = 65;
    public static final int KW_NAMES = 66;
    public static final int CALL = 67;
    public static final int CALL_FUNCTION_EX = 68;
    public static final int RETURN_VALUE = 69;
    public static final int YIELD_VALUE = 70;
    public static final int GET_YIELD_FROM_ITER = 71;
    public static final int YIELD_FROM = 72;
    public static final int RAISE_VARARGS = 73;
    public static final int PUSH_EXC_INFO = 74;
    public static final int POP_EXCEPT = 75;
    public static final int CHECK_EXC_MATCH = 76;
    public static final int RERAISE = 77;
    public static final int BEFORE_WITH = 78;
    public static final int WITH_EXCEPT_START = 79;
    public static final int SETUP_ANNOTATIONS = 80;
    public static final int IMPORT_NAME = 81;
    public static final int IMPORT_FROM = 82;
    public static final int IMPORT_STAR = 83;
    public static final int PRINT_EXPR = 84;
    public static final int PRINT_ITEM = 85;
    public static final int PRINT_NEWLINE = 86;
}
