package org.gilpy.objects;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Declares a no-argument Java instance method as the getter of a Python attribute
 * (a {@code getset_descriptor}). Return types as for {@link PyMethod}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PyGetter {
    String value();
}
