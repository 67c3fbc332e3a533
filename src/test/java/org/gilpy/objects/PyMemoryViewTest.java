package org.gilpy.objects;

import static org.gilpy.objects.PyAsserts.*;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** memoryview: what the golden programs in types_memoryview cannot see from Python. */
class PyMemoryViewTest {
    private static PyByteArray bytearray(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < b.length; i++) b[i] = (byte) values[i];
        return new PyByteArray(b);
    }

    @Test
    void unreachableViewStopsExportingOnceCollected() {
        PyByteArray buf = bytearray(1, 2);
        PyMemoryView.of(buf); // never released, dropped at once
        call(buf, "append", 3);
        assertRepr("bytearray(b'\\x01\\x02\\x03')", buf);
    }

    @Test
    void liveViewBlocksResizeUntilEveryDerivedViewIsReleased() {
        PyByteArray buf = bytearray(1, 2, 3);
        PyMemoryView v = PyMemoryView.of(buf);
        PyObject tail = getItem(v, slice(1, null, null));
        v.release();
        assertRaises(PyExc.BufferError, "Existing exports of data: object cannot be re-sized", () -> call(buf, "pop"));
        ((PyMemoryView) tail).release();
        assertRepr("3", call(buf, "pop"));
    }

    @Test
    void bytesDataOfStridedViewIsItsItemsOnly() {
        PyMemoryView v = PyMemoryView.of(PyBytes.wrap(new byte[] {10, 11, 12, 13, 14}));
        BytesLike odd = (BytesLike) getItem(v, slice(null, null, -2));
        assertEquals(3, odd.bytesLength());
        assertArrayEquals(new byte[] {14, 12, 10}, java.util.Arrays.copyOf(odd.bytesData(), 3));
    }

    @Test
    void everyFormatRoundTripsThroughPackAndUnpack() {
        Object[][] cases = {
            {'b', -128L}, {'B', 255L}, {'h', -32768L}, {'H', 65535L}, {'i', -2147483648L}, {'I', 4294967295L},
            {'l', Long.MIN_VALUE}, {'q', Long.MAX_VALUE}, {'n', -1L}, {'f', 0.5}, {'d', -2.25}, {'?', true},
        };
        for (Object[] c : cases) {
            BufferFormat f = BufferFormat.parse(String.valueOf(c[0]));
            byte[] a = new byte[f.size + 1];
            f.pack(py(c[1]), a, 1);
            assertRepr(repr(py(c[1])), f.unpack(a, 1));
        }
        byte[] a = new byte[8];
        BufferFormat.parse("@Q").pack(py(new java.math.BigInteger("18446744073709551615")), a, 0);
        assertRepr("18446744073709551615", BufferFormat.ULONGLONG.unpack(a, 0));
        assertRepr("-1", BufferFormat.LONGLONG.unpack(a, 0));
        assertNull(BufferFormat.parse("<H"));
    }
}
