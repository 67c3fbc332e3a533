package org.gilpy.objects;

/**
 * The one Java exception that carries a raised Python exception through Java frames.
 * It never fills in a Java stack trace (raising is frequent and the trace is Python's,
 * kept in the exception object's {@code __traceback__}).
 */
public final class PyException extends RuntimeException {
    /** The Python exception instance; never null. */
    public final PyBaseException value;
    /**
     * Set once the exception's implicit {@code __context__} has been decided: by the
     * first frame that unwinds it (which chains it to the exception being handled), or at
     * creation for exceptions that CPython restores rather than raises (re-raises,
     * {@code generator.throw}). Tag: [exc-context].
     */
    public boolean contextDecided;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    /** True when the Python exception is an instance of {@code t} (or a subclass). */
    public boolean matches(PyType t) {
        return value.type.isSubtypeOf(t);
    }

    @Override
    public String getMessage() {
        return value.type.name + ": " + value;
    }
}
