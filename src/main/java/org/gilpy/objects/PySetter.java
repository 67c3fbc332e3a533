package org.gilpy.objects;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Declares a one-argument Java instance method as the setter of a Python attribute
 * already declared with {@link PyGetter}; the argument is null for {@code del}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PySetter {
    String value();
}
