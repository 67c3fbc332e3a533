package org.gilpy.objects;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry behind weak references: callbacks once the JVM clears a referent, never for dropped references. */
class WeakRefsTest {
    /** A Java-implemented Python callable that records its argument. */
    static PyObject recorder(List<PyObject> got) {
        return new PyObject(PyType.OBJECT) {
            @Override
            public PyObject call(PyObject[] args, String[] kwnames) {
                got.add(args[0]);
                return PyNone.NONE;
            }
        };
    }

    /** A ref to a fresh set, made in its own method so no local keeps the set. */
    private static PyObject refToNewSet(PyObject callback) {
        return PyWeakRef.TYPE.call(new PyObject[] {new PySet(), callback}, null);
    }

    @Test
    void collectedReferentRunsCallbackThroughDeliverCleared() {
        List<PyObject> got = new ArrayList<>();
        PyObject r = refToNewSet(recorder(got));
        for (int i = 0; i < 5 && got.isEmpty(); i++) {
            System.gc();
            WeakRefs.deliverCleared();
        }
        assertEquals(List.of(r), got);
        assertSame(PyNone.NONE, r.call(new PyObject[0], null));
        WeakRefs.deliverCleared();
        assertEquals(1, got.size(), "a callback runs once");
    }

    @Test
    void pollDeliversWhatTheReferenceHandlerQueued() throws InterruptedException {
        List<PyObject> got = new ArrayList<>();
        PyObject r = refToNewSet(recorder(got));
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (got.isEmpty() && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(10);
            WeakRefs.poll();
        }
        assertEquals(List.of(r), got);
    }

    @Test
    void droppedReferenceNeverCallsBack() {
        List<PyObject> got = new ArrayList<>();
        PySet s = new PySet();
        refToNewRef(s, recorder(got));
        System.gc();
        WeakRefs.deliverCleared();
        assertEquals(0, WeakRefs.refsTo(s).size());
        s = null;
        System.gc();
        WeakRefs.deliverCleared();
        assertTrue(got.isEmpty());
    }

    private static void refToNewRef(PyObject obj, PyObject callback) {
        PyWeakRef.TYPE.call(new PyObject[] {obj, callback}, null);
    }

    @Test
    void basicReferenceIsShared() {
        PySet s = new PySet();
        PyObject a = PyWeakRef.TYPE.call(new PyObject[] {s}, null);
        PyObject b = PyWeakRef.TYPE.call(new PyObject[] {s, PyNone.NONE}, null);
        assertSame(a, b);
        assertSame(a, WeakRefs.first(s));
        PyException e = assertThrows(PyException.class, () -> PyWeakRef.of(PyInt.of(1)));
        assertTrue(e.getMessage() == null || !e.getMessage().isEmpty());
    }
}
