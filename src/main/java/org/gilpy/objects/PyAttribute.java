package org.gilpy.objects;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Declares a static final PyObject field as a plain attribute of its built-in type's dict,
 * e.g. {@code @PyAttribute("__hash__") static final PyObject HASH = PyNone.NONE;} makes
 * the type unhashable as {@code __hash__ = None} does in a class body. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface PyAttribute {
    String value();
}
