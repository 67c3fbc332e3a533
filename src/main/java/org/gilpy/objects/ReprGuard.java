package org.gilpy.objects;

import java.util.ArrayList;

/**
 * The per-thread set of containers whose repr is being computed (CPython's
 * {@code Py_ReprEnter}/{@code Py_ReprLeave}): a container found again while its own
 * repr is in progress prints as {@code [...]}, {@code {...}} or {@code ...}.
 * Invariant: {@link #enter} returning true is always paired with one {@link #leave}.
 */
public final class ReprGuard {
    private ReprGuard() {}

    private static final ThreadLocal<ArrayList<PyObject>> ACTIVE = ThreadLocal.withInitial(ArrayList::new);

    /** Marks {@code o} as being repr'd; false when it already is (print the "..." form). */
    public static boolean enter(PyObject o) {
        ArrayList<PyObject> active = ACTIVE.get();
        for (int i = active.size() - 1; i >= 0; i--) {
            if (active.get(i) == o) return false;
        }
        active.add(o);
        return true;
    }

    public static void leave(PyObject o) {
        ArrayList<PyObject> active = ACTIVE.get();
        for (int i = active.size() - 1; i >= 0; i--) {
            if (active.get(i) == o) {
                active.remove(i);
                return;
            }
        }
    }
}
