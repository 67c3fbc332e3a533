package org.gilpy.objects;

import java.lang.ref.WeakReference;
import java.util.ArrayList;

/**
 * The live exports of a resizable object's bytes to memoryviews (CPython's buffer
 * exports). While one is live the object must not change size, because the views address
 * its bytes in place. One export is shared by all views derived from one
 * {@code memoryview(obj)} (as CPython's managed buffer is) and ends when every one of
 * them is released, or when none is reachable any more: without reference counting,
 * "del view" takes effect when the garbage collector clears the weak reference, so a
 * failing size check first asks for a collection.
 */
public final class BufferExports {
    private final ArrayList<WeakReference<Export>> live = new ArrayList<>(1);

    /** One export: the number of its views not yet released. */
    static final class Export {
        private int views = 1;

        void addView() {
            views++;
        }

        void releaseView() {
            views--;
        }
    }

    /** Starts an export for a new view. */
    Export open() {
        prune();
        Export e = new Export();
        live.add(new WeakReference<>(e));
        return e;
    }

    /** BufferError "Existing exports of data: object cannot be re-sized" while an export is live. */
    public void checkResizable() {
        if (!prune()) return;
        System.gc(); // a view nobody can reach still holds its export until it is collected
        if (prune()) throw PyErr.format(PyExc.BufferError, "Existing exports of data: object cannot be re-sized");
    }

    /** Drops the exports that ended; true when some remain. */
    private boolean prune() {
        live.removeIf(r -> {
            Export e = r.get();
            return e == null || e.views <= 0;
        });
        return !live.isEmpty();
    }
}
