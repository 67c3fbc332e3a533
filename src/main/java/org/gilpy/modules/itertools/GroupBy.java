package org.gilpy.modules.itertools;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/**
 * {@code groupby(iterable, key=None)}: (key, group) pairs for runs of items with equal
 * keys. The groups ({@code _grouper}) share the groupby's iterator: advancing the
 * groupby ends the previous group, and a group only yields while the shared current
 * item still has its key. Invariant: {@link #current} is the only live group.
 */
final class GroupBy extends ItIterator {
    static final PyType TYPE = newType("groupby", GroupBy.class);

    private final PyObject it;
    private final PyObject keyfunc;
    /** The key of the group last handed out; null before the first. */
    private PyObject targetKey;
    /** The key and value of the item read last; the value is null once a group took it. */
    private PyObject currentKey, currentValue;
    private Grouper current;

    private GroupBy(PyType type, PyObject it, PyObject keyfunc) {
        super(type);
        this.it = it;
        this.keyfunc = keyfunc;
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("groupby", args, kwnames, new String[] {"iterable", "key"}, 1);
        PyObject key = a[1] == null || a[1] == PyNone.NONE ? null : a[1];
        return new GroupBy(cls, Abstract.iter(a[0]), key);
    }

    /** Reads the next item and its key; false at the end. */
    private boolean step() {
        PyObject v = Abstract.next(it);
        if (v == null) return false;
        PyObject k = keyfunc == null ? v : Abstract.call(keyfunc, v);
        currentValue = v;
        currentKey = k;
        return true;
    }

    @Override
    public PyObject nextOrNull() {
        current = null;
        // skip what is left of the current group
        while (currentKey == null || (targetKey != null && Abstract.richEqual(targetKey, currentKey))) {
            if (!step()) return null;
            if (targetKey == null) break;
        }
        targetKey = currentKey;
        current = new Grouper(this, targetKey);
        return PyTuple.of(currentKey, current);
    }

    /** {@code itertools._grouper}: one group of a groupby, valid until the groupby moves on. */
    static final class Grouper extends ItIterator {
        static final PyType TYPE = newType("_grouper", Grouper.class);

        private final GroupBy parent;
        private final PyObject key;

        Grouper(GroupBy parent, PyObject key) {
            super(TYPE);
            this.parent = parent;
            this.key = key;
        }

        @Override
        public PyObject nextOrNull() {
            GroupBy g = parent;
            if (g.current != this) return null;
            if (g.currentValue == null && !g.step()) return null;
            if (!Abstract.richEqual(key, g.currentKey)) return null;
            PyObject v = g.currentValue;
            g.currentValue = null;
            return v;
        }
    }
}
