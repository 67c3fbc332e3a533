package org.gilpy.objects;

import org.gilpy.bytecode.CompareOp;

/**
 * The stable sort behind {@code list.sort} and {@code sorted}: a natural merge sort in the
 * manner of TimSort (ascending runs, strictly descending runs reversed, short runs
 * extended by binary insertion, runs merged under the usual stack invariants), written
 * for Python's comparison: only {@code <} is used, it may run Python code and raise, and an
 * inconsistent order never makes it fail (unlike {@link java.util.Arrays#sort}).
 *
 * <p>Invariant: whatever a comparison raises, {@code keys[lo..hi)} (and {@code values},
 * which moves along with keys when not null) is still a permutation of its input.
 */
final class ListSort {
    private final PyObject[] keys;
    private final PyObject[] values;
    private PyObject[] tmpKeys, tmpValues;
    private final int[] runBase = new int[64];
    private final int[] runLen = new int[64];
    private int runs;

    private ListSort(PyObject[] keys, PyObject[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** Sorts {@code keys[0..n)} ascending by Python {@code <}, moving {@code values} alike. */
    static void sort(PyObject[] keys, PyObject[] values, int n) {
        if (n < 2) return;
        new ListSort(keys, values).run(n);
    }

    /** Python {@code a < b} with fast paths for exact ints, floats and strs. */
    static boolean lt(PyObject a, PyObject b) {
        if (a.type == b.type) {
            if (a.type == PyInt.TYPE) {
                PyInt x = (PyInt) a, y = (PyInt) b;
                if (x.big == null && y.big == null) return x.value < y.value;
                return x.toBig().compareTo(y.toBig()) < 0;
            }
            if (a.type == PyStr.TYPE) return compareStr(((PyStr) a).value, ((PyStr) b).value) < 0;
            if (a.type == PyFloat.TYPE) return ((PyFloat) a).value < ((PyFloat) b).value;
            if (a.type == PyTuple.TYPE) {
                int r = tupleLt(((PyTuple) a).items, ((PyTuple) b).items);
                if (r >= 0) return r == 1;
            }
        }
        return Abstract.isTrue(Abstract.compare(a, b, CompareOp.LT));
    }

    /**
     * Tuple {@code <} as Python decides it (the first items that are not equal are
     * compared with {@code <}; else the shorter tuple is less), for items that are exact
     * ints, strs or floats: 1 or 0, or -1 when an item needs the generic comparison.
     * Sorting by keys like {@code (-count, word)} is common.
     */
    private static int tupleLt(PyObject[] x, PyObject[] y) {
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            PyObject p = x[i], q = y[i];
            if (p == q) continue;
            PyType t = p.type;
            if (t != q.type) return -1;
            boolean equal;
            if (t == PyInt.TYPE) {
                PyInt u = (PyInt) p, v = (PyInt) q;
                if (u.big != null || v.big != null) return -1;
                equal = u.value == v.value;
            } else if (t == PyStr.TYPE) {
                equal = ((PyStr) p).value.equals(((PyStr) q).value);
            } else if (t == PyFloat.TYPE) {
                equal = ((PyFloat) p).value == ((PyFloat) q).value;
            } else {
                return -1;
            }
            if (!equal) return lt(p, q) ? 1 : 0;
        }
        return x.length < y.length ? 1 : 0;
    }

    /** Compares two Java strings in code point order (String.compareTo uses UTF-16 units). */
    static int compareStr(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i), y = b.charAt(i);
            if (x != y) {
                if (x >= 0xD800 && y >= 0xD800) {
                    x = fixup(x);
                    y = fixup(y);
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    /** Maps UTF-16 units so that surrogates sort above every other BMP unit. */
    private static char fixup(char c) {
        if (c >= 0xE000) return (char) (c - 0x800);
        return (char) (c + 0x2000);
    }

    private void run(int n) {
        int minRun = minRunLength(n);
        int lo = 0;
        int remaining = n;
        while (remaining > 0) {
            int len = countRun(lo, n);
            if (len < minRun) {
                int force = Math.min(remaining, minRun);
                binaryInsertion(lo, lo + force, lo + len);
                len = force;
            }
            runBase[runs] = lo;
            runLen[runs] = len;
            runs++;
            mergeCollapse();
            lo += len;
            remaining -= len;
        }
        while (runs > 1) {
            int i = runs - 2;
            if (i > 0 && runLen[i - 1] < runLen[i + 1]) i--;
            mergeAt(i);
        }
    }

    private static int minRunLength(int n) {
        int r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    /** Length of the run starting at lo; a strictly descending run is reversed in place. */
    private int countRun(int lo, int hi) {
        int i = lo + 1;
        if (i == hi) return 1;
        if (lt(keys[i], keys[lo])) {
            i++;
            while (i < hi && lt(keys[i], keys[i - 1])) i++;
            reverse(lo, i);
        } else {
            i++;
            while (i < hi && !lt(keys[i], keys[i - 1])) i++;
        }
        return i - lo;
    }

    private void reverse(int lo, int hi) {
        for (hi--; lo < hi; lo++, hi--) {
            PyObject t = keys[lo];
            keys[lo] = keys[hi];
            keys[hi] = t;
            if (values != null) {
                t = values[lo];
                values[lo] = values[hi];
                values[hi] = t;
            }
        }
    }

    /** Sorts [lo, hi) given that [lo, start) is sorted, by binary insertion (stable). */
    private void binaryInsertion(int lo, int hi, int start) {
        for (int i = start; i < hi; i++) {
            PyObject pivot = keys[i];
            int left = lo, right = i;
            while (left < right) {
                int mid = (left + right) >>> 1;
                if (lt(pivot, keys[mid])) right = mid;
                else left = mid + 1;
            }
            System.arraycopy(keys, left, keys, left + 1, i - left);
            keys[left] = pivot;
            if (values != null) {
                PyObject v = values[i];
                System.arraycopy(values, left, values, left + 1, i - left);
                values[left] = v;
            }
        }
    }

    private void mergeCollapse() {
        while (runs > 1) {
            int n = runs - 2;
            if ((n > 0 && runLen[n - 1] <= runLen[n] + runLen[n + 1])
                    || (n > 1 && runLen[n - 2] <= runLen[n - 1] + runLen[n])) {
                if (runLen[n - 1] < runLen[n + 1]) n--;
            } else if (runLen[n] > runLen[n + 1]) {
                break;
            }
            mergeAt(n);
        }
    }

    /** Merges runs i and i+1. */
    private void mergeAt(int i) {
        int baseA = runBase[i], lenA = runLen[i];
        int baseB = runBase[i + 1], lenB = runLen[i + 1];
        runLen[i] = lenA + lenB;
        if (i == runs - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLen[i + 1] = runLen[i + 2];
        }
        runs--;
        // Elements of A not greater than B[0] are already in place.
        int k = upperBound(keys[baseB], baseA, baseA + lenA);
        lenA -= k - baseA;
        baseA = k;
        if (lenA == 0) return;
        // Elements of B not less than A's last are already in place.
        lenB = lowerBound(keys[baseA + lenA - 1], baseB, baseB + lenB) - baseB;
        if (lenB == 0) return;
        merge(baseA, lenA, baseB, lenB);
    }

    /** First index in [lo, hi) whose key is greater than x. */
    private int upperBound(PyObject x, int lo, int hi) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lt(x, keys[mid])) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    /** First index in [lo, hi) whose key is not less than x. */
    private int lowerBound(PyObject x, int lo, int hi) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lt(keys[mid], x)) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Merges the adjacent sorted ranges A=[baseA, baseA+lenA) and B=[baseB, baseB+lenB), copying A aside. */
    private void merge(int baseA, int lenA, int baseB, int lenB) {
        if (tmpKeys == null || tmpKeys.length < lenA) {
            tmpKeys = new PyObject[Math.max(lenA, 16)];
            if (values != null) tmpValues = new PyObject[tmpKeys.length];
        }
        System.arraycopy(keys, baseA, tmpKeys, 0, lenA);
        if (values != null) System.arraycopy(values, baseA, tmpValues, 0, lenA);
        int a = 0, b = baseB, dest = baseA, endB = baseB + lenB;
        try {
            while (a < lenA && b < endB) {
                if (lt(keys[b], tmpKeys[a])) {
                    keys[dest] = keys[b];
                    if (values != null) values[dest] = values[b];
                    b++;
                } else {
                    keys[dest] = tmpKeys[a];
                    if (values != null) values[dest] = tmpValues[a];
                    a++;
                }
                dest++;
            }
        } finally {
            // The gap [dest, b) has exactly the room for what is left of A.
            System.arraycopy(tmpKeys, a, keys, dest, lenA - a);
            if (values != null) System.arraycopy(tmpValues, a, values, dest, lenA - a);
        }
    }
}
