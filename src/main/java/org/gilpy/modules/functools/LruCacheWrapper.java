package org.gilpy.modules.functools;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.Descriptor;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyBoundMethod;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/**
 * {@code functools._lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)}:
 * the callable {@code lru_cache} returns. Results live in a {@link PyDict} keyed by the
 * call's arguments; a bounded cache also threads its entries on a doubly linked list in
 * use order (most recent last) and drops the first when full.
 *
 * <p>Thread safety comes from the GIL: the Java code between two calls into Python runs
 * without interruption, and only dict lookups (a key's {@code __hash__}/{@code __eq__})
 * and the user function can let another thread in. So the list is only ever changed in
 * Java, and an entry another thread unlinked meanwhile is recognised by {@link Link#live}.
 * Two threads missing on one key both call the function; the first result is kept.
 */
final class LruCacheWrapper extends PyObject implements Descriptor {
    static final PyType TYPE = FunctoolsModule.newType("_lru_cache_wrapper", LruCacheWrapper.class);

    static {
        TYPE.baseType = false;
    }

    /** Separates positional from keyword arguments in a key. */
    private static final PyObject KWD_MARK = new PyObject(PyType.OBJECT);

    /** A cached result, and its place in the use order of a bounded cache. */
    private static final class Link {
        final PyObject key;
        final PyObject result;
        Link prev, next;
        boolean live;

        Link(PyObject key, PyObject result) {
            this.key = key;
            this.result = result;
        }
    }

    private final PyObject func;
    /** -1 for no bound. */
    private final long maxsize;
    private final boolean typed;
    private final PyObject cacheInfoType;
    private final PyDict cache = new PyDict();
    /** The list head: root.next is the least recently used entry, root.prev the most. */
    private final Link root = new Link(null, null);
    private long hits, misses;
    private PyDict dict;

    private LruCacheWrapper(PyObject func, long maxsize, boolean typed, PyObject cacheInfoType) {
        super(TYPE);
        this.func = func;
        this.maxsize = maxsize;
        this.typed = typed;
        this.cacheInfoType = cacheInfoType;
        root.prev = root.next = root;
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("lru_cache_wrapper", args, kwnames,
                new String[] {"user_function", "maxsize", "typed", "cache_info_type"}, 4);
        if (!Abstract.isCallable(a[0])) throw PyErr.typeError("the first argument must be callable");
        long max;
        if (a[1] == PyNone.NONE) {
            max = -1;
        } else if (a[1] instanceof PyInt) {
            max = Math.max(0, PyInt.asLong(Abstract.index(a[1])));
        } else {
            throw PyErr.typeError("maxsize should be integer or None");
        }
        return new LruCacheWrapper(a[0], max, Abstract.isTrue(a[2]), a[3]);
    }

    @Override
    public PyDict getDict() {
        if (dict == null) dict = new PyDict();
        return dict;
    }

    @Override
    public boolean setDict(PyDict d) {
        dict = d;
        return true;
    }

    /**
     * The cache key of a call: a lone int or str argument (untyped) is its own key (it hashes and
     * compares as fast as a tuple and costs nothing to make); otherwise a tuple of the
     * positional values, then a marker and name, value pairs for keywords, then (typed)
     * the types of all the values.
     */
    private PyObject makeKey(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (nkw == 0 && args.length == 1 && !typed) {
            PyType t = args[0].type;
            if (t == PyInt.TYPE || t == PyStr.TYPE) return args[0];
        }
        int npos = args.length - nkw;
        int size = npos + (nkw > 0 ? 1 + 2 * nkw : 0) + (typed ? args.length : 0);
        PyObject[] key = new PyObject[size];
        System.arraycopy(args, 0, key, 0, npos);
        int j = npos;
        if (nkw > 0) {
            key[j++] = KWD_MARK;
            for (int k = 0; k < nkw; k++) {
                key[j++] = PyStr.of(kwnames[k]);
                key[j++] = args[npos + k];
            }
        }
        if (typed) {
            for (PyObject v : args) key[j++] = v.type;
        }
        return PyTuple.of(key);
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (maxsize == 0) {
            misses++;
            return func.call(args, kwnames);
        }
        PyObject key = makeKey(args, kwnames);
        PyObject found = cache.get(key);
        if (found != null) {
            hits++;
            if (maxsize < 0) return found;
            Link link = ((Holder) found).link;
            if (link.live) {
                unlink(link);
                append(link);
            }
            return link.result;
        }
        misses++;
        PyObject result = func.call(args, kwnames);
        if (maxsize < 0) {
            if (cache.get(key) == null) cache.put(key, result);
            return result;
        }
        if (cache.get(key) != null) return result;  // another thread stored it meanwhile
        if (cache.size() >= maxsize && root.next != root) {
            Link oldest = root.next;
            unlink(oldest);
            cache.remove(oldest.key);
        }
        Link link = new Link(key, result);
        append(link);
        cache.put(key, new Holder(link));
        return result;
    }

    /** What a bounded cache's dict holds: the entry's link (a Java object in a Python dict). */
    private static final class Holder extends PyObject {
        final Link link;

        Holder(Link link) {
            super(PyType.OBJECT);
            this.link = link;
        }
    }

    private void unlink(Link l) {
        l.prev.next = l.next;
        l.next.prev = l.prev;
        l.prev = l.next = null;
        l.live = false;
    }

    private void append(Link l) {
        l.prev = root.prev;
        l.next = root;
        root.prev.next = l;
        root.prev = l;
        l.live = true;
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType type) {
        return obj == null ? this : new PyBoundMethod(this, obj);
    }

    @PyMethod
    public PyObject cache_info() {
        return Abstract.call(cacheInfoType, PyInt.of(hits), PyInt.of(misses),
                maxsize < 0 ? PyNone.NONE : PyInt.of(maxsize), PyInt.of(cache.size()));
    }

    @PyMethod
    public void cache_clear() {
        hits = misses = 0;
        for (Link l = root.next; l != root; ) {
            Link next = l.next;
            l.prev = l.next = null;
            l.live = false;
            l = next;
        }
        root.prev = root.next = root;
        cache.clearAll();
    }

    @PyMethod
    public PyObject cache_parameters() {
        PyDict d = new PyDict();
        d.put("maxsize", maxsize < 0 ? PyNone.NONE : PyInt.of(maxsize));
        d.put("typed", PyBool.of(typed));
        return d;
    }

    @PyMethod
    public PyObject __copy__() { return this; }

    @PyMethod
    public PyObject __deepcopy__(PyObject memo) { return this; }

    @PyMethod
    public PyObject __reduce__() { return Abstract.getAttr(this, "__qualname__"); }
}
