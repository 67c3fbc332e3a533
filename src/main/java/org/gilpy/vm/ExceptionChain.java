package org.gilpy.vm;

import org.gilpy.objects.PyBaseException;
import org.gilpy.objects.PyException;

/**
 * Implicit exception chaining: an exception raised while another is being handled gets
 * that one as its {@code __context__}, as CPython's raise does. Tag: [exc-context].
 *
 * <p>gilpy decides the context where the raising frame first unwinds the exception (the
 * thread's handled exception is still the one that was current at the raise), once per
 * {@link PyException}: re-raises and exceptions thrown into generators arrive with
 * {@link PyException#contextDecided} already set and keep their context.
 */
final class ExceptionChain {
    private ExceptionChain() {}

    /** Called by the eval loop for every exception it catches, before the traceback entry. */
    static void onRaise(PyException e, ThreadState ts) {
        if (e.contextDecided) return;
        e.contextDecided = true;
        if (!ts.reraising) chain(e.value, ts.handled);
    }

    /** A PyException for an exception that is restored rather than raised (no new context). */
    static PyException restored(PyBaseException value) {
        PyException e = new PyException(value);
        e.contextDecided = true;
        return e;
    }

    /**
     * Sets {@code value.__context__ = handled} unless they are the same object, first
     * breaking the cycle that would arise when {@code value} is already in the context
     * chain of {@code handled} (the chain is cut just before {@code value}).
     */
    static void chain(PyBaseException value, PyBaseException handled) {
        if (handled == null || handled == value) return;
        PyBaseException o = handled;
        PyBaseException slow = handled;
        boolean advanceSlow = false;
        while (o.context != null) {
            if (o.context == value) {
                o.context = null;
                break;
            }
            o = o.context;
            if (o == slow) break;           // a cycle not involving value: stop walking
            if (advanceSlow) slow = slow.context;
            advanceSlow = !advanceSlow;
        }
        value.context = handled;
    }
}
