package org.gilpy.vm;

import org.gilpy.bytecode.Code;
import org.gilpy.bytecode.ExceptionTableEntry;
import org.gilpy.bytecode.Op;
import org.gilpy.bytecode.Opcode;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyBaseException;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyBuiltinFunction;
import org.gilpy.objects.PyCell;
import org.gilpy.objects.PyCode;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyMethodDescriptor;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;

/**
 * The dispatch loop: runs one frame's instructions. Every case is a line or two; the
 * rest lives in {@link EvalOps}. The method must stay far below HotSpot's 8000-byte
 * limit for JIT compilation (DispatchSizeTest guards it).
 *
 * <p>Exceptions: a {@link PyException} raised by an instruction adds a traceback entry
 * for this frame (unless RERAISE re-threw it), then the exception table decides: with a
 * handler the stack is cut to its depth, the instruction index is pushed when the entry
 * asks for it, then the exception, and execution continues at the handler; without one
 * the exception leaves the frame.
 */
public final class Eval {
    private Eval() {}

    static final Opcode[] OPS = Opcode.values();

    // ---- calling Python functions --------------------------------------------

    static PyObject callFunction(PyFunction f, PyObject[] args, int off, int n, String[] kwnames) {
        return callFunction(ThreadState.current(), f, args, off, n, kwnames);
    }

    /** Calls f on thread ts (the eval loop passes its own ThreadState: no thread-local lookup). */
    static PyObject callFunction(ThreadState ts, PyFunction f, PyObject[] args, int off, int n, String[] kwnames) {
        Frame frame = newFrame(f);
        ArgBinder.bind(f, frame.fast, args, off, n, kwnames);
        if (frame.code.cellvars.length + frame.code.freevars.length > 0) EvalOps.initCells(frame, f);
        if (frame.code.isGenerator()) {
            return new PyGenerator(frame);
        }
        return run(frame, ts);
    }

    static Frame newFrame(PyFunction f) {
        return new Frame(f.code, f.globals, f.builtins, null);
    }

    /** Runs a frame to completion on the current thread; returns its return value. */
    public static PyObject run(Frame f) {
        return run(f, ThreadState.current());
    }

    static PyObject run(Frame f, ThreadState ts) {
        if (++ts.depth > Interpreter.recursionLimit) {
            ts.depth--;
            throw PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded");
        }
        f.back = ts.frame;
        ts.frame = f;
        try {
            return execute(f, ts, null);
        } finally {
            ts.frame = f.back;
            ts.depth--;
        }
    }

    /**
     * Executes f from f.pc with f.sp items on its stack until it returns or yields.
     * A yield leaves {@code f.pc} at the resume point and sets {@code f.generator.yielded}.
     * {@code throwIn}, when not null, is raised at the current instruction first.
     */
    static PyObject execute(Frame f, ThreadState ts, PyException throwIn) {
        final Code co = f.code;
        final int[] code = co.code;
        final PyObject[] stack = f.stack;
        final PyObject[] fast = f.fast;
        final PyCode pycode = f.pycode;
        final PyObject[] consts = pycode.consts;
        final String[] names = pycode.names;
        final PyStr[] keys = pycode.nameKeys;
        int sp = f.sp;
        int pc = f.pc;
        PyException pending = throwIn;
        while (true) {
            try {
                if (pending != null) {
                    PyException e = pending;
                    pending = null;
                    throw e;
                }
                if (pc == 0 && ts.ticks <= 0) EvalOps.checkPoint(ts);  // a frame's start
                while (true) {
                    final int word = code[pc];
                    final int arg = word >>> 8;
                    f.lasti = pc++;
                    switch (word & 0xFF) {
                        case Op.NOP -> { }
                        case Op.POP_TOP -> stack[--sp] = null;
                        case Op.COPY -> { stack[sp] = stack[sp - arg]; sp++; }
                        case Op.SWAP -> { PyObject t = stack[sp - 1]; stack[sp - 1] = stack[sp - arg]; stack[sp - arg] = t; }
                        case Op.PUSH_NULL -> stack[sp++] = null;
                        case Op.LOAD_CONST -> stack[sp++] = consts[arg];
                        case Op.LOAD_FAST -> {
                            PyObject v = fast[arg];
                            if (v == null) throw EvalOps.unboundLocal(co, arg);
                            stack[sp++] = v;
                        }
                        case Op.STORE_FAST -> { fast[arg] = stack[--sp]; stack[sp] = null; }
                        case Op.DELETE_FAST -> {
                            if (fast[arg] == null) throw EvalOps.unboundLocal(co, arg);
                            fast[arg] = null;
                        }
                        case Op.LOAD_NAME -> stack[sp++] = EvalOps.loadName(f, keys[arg]);
                        case Op.STORE_NAME -> EvalOps.storeName(f, keys[arg], stack[--sp]);
                        case Op.DELETE_NAME -> EvalOps.deleteName(f, keys[arg]);
                        case Op.LOAD_GLOBAL -> {
                            PyObject v = pycode.globalCache.get(pc - 1, f.globals, f.builtins);
                            stack[sp++] = v != null ? v : EvalOps.loadGlobal(f, pycode.globalCache, pc - 1, keys[arg]);
                        }
                        case Op.STORE_GLOBAL -> f.globals.put(keys[arg], stack[--sp]);
                        case Op.DELETE_GLOBAL -> EvalOps.deleteGlobal(f, keys[arg]);
                        case Op.LOAD_DEREF -> stack[sp++] = EvalOps.loadDeref(f, arg);
                        case Op.LOAD_CLASSDEREF -> stack[sp++] = EvalOps.loadClassDeref(f, arg);
                        case Op.STORE_DEREF -> ((PyCell) fast[co.varnames.length + arg]).value = stack[--sp];
                        case Op.DELETE_DEREF -> EvalOps.deleteDeref(f, arg);
                        case Op.LOAD_CLOSURE -> stack[sp++] = fast[co.varnames.length + arg];
                        case Op.LOAD_ATTR -> stack[sp - 1] = pycode.attrCache.get(pc - 1, stack[sp - 1], keys[arg]);
                        case Op.STORE_ATTR -> { pycode.attrCache.set(pc - 1, stack[sp - 1], keys[arg], stack[sp - 2]); sp -= 2; }
                        case Op.DELETE_ATTR -> Abstract.setAttr(stack[--sp], keys[arg], null);
                        case Op.LOAD_METHOD -> { EvalOps.loadMethod(pycode.attrCache, pc - 1, stack, sp - 1, keys[arg]); sp++; }
                        case Op.LOAD_BUILD_CLASS -> stack[sp++] = EvalOps.loadBuildClass(f);
                        case Op.LOAD_ASSERTION_ERROR -> stack[sp++] = PyExc.AssertionError;
                        case Op.BINARY_SUBSCR -> { sp--; stack[sp - 1] = Abstract.getItem(stack[sp - 1], stack[sp]); }
                        case Op.STORE_SUBSCR -> { Abstract.setItem(stack[sp - 2], stack[sp - 1], stack[sp - 3]); sp -= 3; }
                        case Op.DELETE_SUBSCR -> { Abstract.delItem(stack[sp - 2], stack[sp - 1]); sp -= 2; }
                        case Op.BUILD_SLICE -> sp = EvalOps.buildSlice(stack, sp, arg);
                        case Op.UNARY_POSITIVE -> stack[sp - 1] = Abstract.positive(stack[sp - 1]);
                        case Op.UNARY_NEGATIVE -> stack[sp - 1] = Abstract.negative(stack[sp - 1]);
                        case Op.UNARY_NOT -> stack[sp - 1] = PyBool.of(!Abstract.isTrue(stack[sp - 1]));
                        case Op.UNARY_INVERT -> stack[sp - 1] = Abstract.invert(stack[sp - 1]);
                        case Op.BINARY_OP -> { sp--; stack[sp - 1] = Fast.binaryOp(stack[sp - 1], stack[sp], arg); }
                        case Op.COMPARE_OP -> { sp--; stack[sp - 1] = Fast.compare(stack[sp - 1], stack[sp], arg); }
                        case Op.IS_OP -> { sp--; stack[sp - 1] = PyBool.of((stack[sp - 1] == stack[sp]) ^ (arg == 1)); }
                        case Op.CONTAINS_OP -> { sp--; stack[sp - 1] = PyBool.of(Abstract.contains(stack[sp], stack[sp - 1]) ^ (arg == 1)); }
                        case Op.JUMP_FORWARD -> pc = arg;
                        case Op.JUMP_BACKWARD -> pc = backEdge(ts, pc, arg);
                        case Op.POP_JUMP_IF_FALSE -> { if (!Fast.isTrue(stack[--sp])) pc = jump(ts, pc, arg); }
                        case Op.POP_JUMP_IF_TRUE -> { if (Fast.isTrue(stack[--sp])) pc = jump(ts, pc, arg); }
                        case Op.POP_JUMP_IF_NONE -> { if (stack[--sp] == PyNone.NONE) pc = jump(ts, pc, arg); }
                        case Op.POP_JUMP_IF_NOT_NONE -> { if (stack[--sp] != PyNone.NONE) pc = jump(ts, pc, arg); }
                        case Op.JUMP_IF_FALSE_OR_POP -> { if (!Fast.isTrue(stack[sp - 1])) pc = arg; else sp--; }
                        case Op.JUMP_IF_TRUE_OR_POP -> { if (Fast.isTrue(stack[sp - 1])) pc = arg; else sp--; }
                        case Op.GET_ITER -> stack[sp - 1] = Abstract.iter(stack[sp - 1]);
                        case Op.FOR_ITER -> {
                            PyObject v = Abstract.next(stack[sp - 1]);
                            if (v != null) stack[sp++] = v; else { stack[--sp] = null; pc = arg; }
                        }
                        case Op.BUILD_TUPLE -> sp = EvalOps.buildTuple(stack, sp, arg);
                        case Op.BUILD_LIST -> sp = EvalOps.buildList(stack, sp, arg);
                        case Op.BUILD_SET -> sp = EvalOps.buildSet(stack, sp, arg);
                        case Op.BUILD_MAP -> sp = EvalOps.buildMap(stack, sp, arg);
                        case Op.BUILD_CONST_KEY_MAP -> sp = EvalOps.buildConstKeyMap(stack, sp, arg);
                        case Op.BUILD_STRING -> sp = EvalOps.buildString(stack, sp, arg);
                        case Op.LIST_APPEND -> { sp--; ((PyList) stack[sp - arg]).append(stack[sp]); }
                        case Op.SET_ADD -> { sp--; EvalOps.setAdd(stack[sp - arg], stack[sp]); }
                        case Op.MAP_ADD -> { sp -= 2; Abstract.setItem(stack[sp - arg], stack[sp], stack[sp + 1]); }
                        case Op.LIST_EXTEND -> { sp--; EvalOps.listExtend(stack[sp - arg], stack[sp]); }
                        case Op.SET_UPDATE -> { sp--; EvalOps.setUpdate(stack[sp - arg], stack[sp]); }
                        case Op.DICT_UPDATE -> { sp--; EvalOps.dictUpdate(stack[sp - arg], stack[sp]); }
                        case Op.DICT_MERGE -> { sp--; EvalOps.dictMerge(stack[sp - arg], stack[sp], stack[sp - arg - 3]); }
                        case Op.LIST_TO_TUPLE -> stack[sp - 1] = PyTuple.of(((PyList) stack[sp - 1]).toArray());
                        case Op.UNPACK_SEQUENCE -> sp = EvalOps.unpackSequence(stack, sp, arg);
                        case Op.UNPACK_EX -> sp = EvalOps.unpackEx(stack, sp, arg);
                        case Op.FORMAT_VALUE -> sp = EvalOps.formatValue(stack, sp, arg);
                        case Op.MAKE_FUNCTION -> sp = EvalOps.makeFunction(f, stack, sp, arg);
                        case Op.KW_NAMES -> f.kwnames = pycode.kwnames[arg];
                        case Op.CALL -> {
                            String[] kw = f.kwnames;
                            f.kwnames = null;
                            sp = call(ts, stack, sp, arg, kw);
                            if (--ts.ticks <= 0) EvalOps.checkPoint(ts);
                        }
                        case Op.CALL_FUNCTION_EX -> {
                            sp = EvalOps.callEx(stack, sp, arg);
                            if (--ts.ticks <= 0) EvalOps.checkPoint(ts);
                        }
                        case Op.RETURN_VALUE -> {
                            ts.ticks -= pc;  // about the instructions a frame without loops ran
                            PyObject v = stack[--sp];
                            f.sp = 0;
                            f.pc = pc;
                            return v;
                        }
                        case Op.YIELD_VALUE -> {
                            PyObject v = stack[--sp];
                            f.sp = sp;
                            f.pc = pc;
                            f.generator.yielded = true;
                            return v;
                        }
                        case Op.GET_YIELD_FROM_ITER -> stack[sp - 1] = EvalOps.yieldFromIter(stack[sp - 1]);
                        case Op.YIELD_FROM -> {
                            PyObject r = EvalOps.yieldFrom(f, stack, sp);
                            if (f.generator != null && f.generator.yielded) {
                                f.sp = sp - 1;
                                f.pc = pc - 1;
                                return r;
                            }
                            stack[--sp] = null;
                            stack[sp - 1] = r;
                        }
                        case Op.RAISE_VARARGS -> throw EvalOps.raise(ts, stack, sp, arg);
                        case Op.PUSH_EXC_INFO -> {
                            PyObject exc = stack[sp - 1];
                            stack[sp - 1] = ts.handled == null ? PyNone.NONE : ts.handled;
                            stack[sp++] = exc;
                            ts.handled = (PyBaseException) exc;
                        }
                        case Op.POP_EXCEPT -> {
                            PyObject prev = stack[--sp];
                            ts.handled = prev == PyNone.NONE ? null : (PyBaseException) prev;
                        }
                        case Op.CHECK_EXC_MATCH -> stack[sp - 1] = PyBool.of(EvalOps.excMatch(stack[sp - 2], stack[sp - 1]));
                        case Op.RERAISE -> {
                            PyBaseException exc = (PyBaseException) stack[--sp];
                            ts.reraiseAt = pc - 1;
                            if (arg > 0) f.lasti = (int) ((PyInt) stack[sp - arg]).value;
                            ts.reraising = true;
                            throw new PyException(exc);
                        }
                        case Op.BEFORE_WITH -> sp = EvalOps.beforeWith(stack, sp);
                        case Op.WITH_EXCEPT_START -> { stack[sp] = EvalOps.withExceptStart(stack, sp); sp++; }
                        case Op.SETUP_ANNOTATIONS -> EvalOps.setupAnnotations(f);
                        case Op.IMPORT_NAME -> { sp--; stack[sp - 1] = EvalOps.importName(f, names[arg], stack[sp], stack[sp - 1]); }
                        case Op.IMPORT_FROM -> { PyObject m = stack[sp - 1]; stack[sp++] = EvalOps.importFrom(m, names[arg]); }
                        case Op.IMPORT_STAR -> EvalOps.importStar(f, stack[--sp]);
                        case Op.PRINT_EXPR -> EvalOps.printExpr(stack[--sp]);
                        case Op.PRINT_ITEM -> { sp -= 2; EvalOps.printItem(stack[sp], stack[sp + 1]); }
                        case Op.PRINT_NEWLINE -> EvalOps.printNewline(stack[--sp]);
                        default -> throw new IllegalStateException("no handler for opcode " + OPS[word & 0xFF]);
                    }
                }
            } catch (PyException e) {
                ExceptionTableEntry h = unwind(f, ts, e);
                if (h == null) {
                    f.sp = 0;
                    throw e;
                }
                for (int i = h.depth(); i < sp; i++) stack[i] = null;
                sp = h.depth();
                if (h.lasti()) stack[sp++] = PyInt.of(f.lasti);
                stack[sp++] = e.value;
                pc = h.target();
            } catch (RuntimeException | StackOverflowError e) {
                pending = EvalOps.internalError(f, e);
            }
        }
    }

    /**
     * A backward jump from the instruction before pc to target, which ends one round of
     * a loop: charges the loop's length to the thread's tick count, and makes a check
     * point when the check interval is used up. Returns target.
     */
    private static int backEdge(ThreadState ts, int pc, int target) {
        if ((ts.ticks -= pc - target) <= 0) EvalOps.checkPoint(ts);
        return target;
    }

    /** A taken conditional jump to target: a back edge when it goes backward. */
    private static int jump(ThreadState ts, int pc, int target) {
        return target < pc ? backEdge(ts, pc, target) : target;
    }

    /** Records the traceback entry and finds the handler, or null. */
    private static ExceptionTableEntry unwind(Frame f, ThreadState ts, PyException e) {
        int at = f.lasti;
        ExceptionChain.onRaise(e, ts);
        if (ts.reraising) {
            ts.reraising = false;
            if (ts.reraiseAt >= 0) at = ts.reraiseAt;
        } else {
            PyBaseException v = e.value;
            v.traceback = new org.gilpy.objects.PyTraceback(
                    v.traceback instanceof org.gilpy.objects.PyTraceback t ? t : null,
                    f, f.pycode, f.lasti, f.lineno());
        }
        ts.reraiseAt = -1;
        // A RERAISE restored f.lasti for line numbers only; its handler is the one
        // covering the RERAISE instruction itself, or the same handler would run again.
        return f.code.handlerFor(at);
    }

    /** CALL: callable, self_or_null and n arguments on the stack; returns the new sp. */
    static int call(ThreadState ts, PyObject[] stack, int sp, int n, String[] kwnames) {
        int base = sp - n - 2;
        PyObject callable = stack[base];
        PyObject self = stack[base + 1];
        PyObject result;
        if (self == null) {
            if (callable instanceof PyFunction fn) {
                result = callFunction(ts, fn, stack, base + 2, n, kwnames);
            } else if (n == 1 && kwnames == null && callable instanceof PyBuiltinFunction bf) {
                result = bf.call1(stack[base + 2]);
            } else {
                PyObject[] args = new PyObject[n];
                System.arraycopy(stack, base + 2, args, 0, n);
                result = callable.call(args, kwnames);
            }
        } else if (callable instanceof PyFunction fn) {
            result = callFunction(ts, fn, stack, base + 1, n + 1, kwnames);
        } else if (callable instanceof PyMethodDescriptor d) {
            if (kwnames == null && n == 0) {
                result = d.callWithSelf0(self);
            } else if (kwnames == null && n == 1) {
                result = d.callWithSelf1(self, stack[base + 2]);
            } else {
                PyObject[] args = new PyObject[n];
                System.arraycopy(stack, base + 2, args, 0, n);
                result = d.callWithSelf(self, args, kwnames);
            }
        } else {
            PyObject[] args = new PyObject[n + 1];
            System.arraycopy(stack, base + 1, args, 0, n + 1);
            result = callable.call(args, kwnames);
        }
        for (int i = base + 1; i < sp; i++) stack[i] = null;
        stack[base] = result;
        return base + 1;
    }

    /** Runs module-level or class-body code with the given namespace. */
    public static PyObject runCode(PyCode code, PyDict globals, PyObject locals) {
        Frame f = new Frame(code, globals, Interpreter.builtinsOf(globals), locals);
        return run(f);
    }
}
