package org.gilpy.objects;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a Java method as a Python method of its built-in type (or a function of a
 * built-in module). {@link TypeBuilder} reads these once per type. Accepted shapes:
 * <ul>
 * <li>instance methods with 0 to 4 {@code PyObject} parameters: positional-only, the
 *     last {@link #optional} of them may be omitted and arrive as Java null;
 * <li>instance methods {@code (PyObject[] args, String[] kwnames)}: anything, parsed by
 *     the method (see {@link ArgParser});
 * <li>static methods of the same shapes with a leading {@code PyType} parameter for
 *     {@link Kind#CLASSMETHOD} and {@link Kind#NEW}, or without it for
 *     {@link Kind#STATICMETHOD} and module functions.
 * </ul>
 * Return types: {@code PyObject}, {@code void} (None), {@code boolean}, {@code int},
 * {@code long}, {@code double}, {@code String}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PyMethod {
    /** The Python name; the Java method's name when empty. */
    String value() default "";

    /** How many trailing parameters may be omitted. */
    int optional() default 0;

    /** The {@code __doc__}. */
    String doc() default "";

    Kind kind() default Kind.METHOD;

    enum Kind { METHOD, CLASSMETHOD, STATICMETHOD, NEW }
}
