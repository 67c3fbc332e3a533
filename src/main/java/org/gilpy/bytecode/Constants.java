package org.gilpy.bytecode;

import java.util.Arrays;
import java.util.List;

/**
 * The values a constant pool ({@link Code#consts}) may hold, as plain Java values so
 * that this package needs nothing else: {@link Long} or {@link java.math.BigInteger}
 * (int), {@link Double} (float), {@link Complex}, {@link String} (str), {@link Bytes},
 * {@link Boolean}, {@link Singleton#NONE}, {@link Singleton#ELLIPSIS}, {@link Tuple}
 * (a tuple of constants, also used for keyword-name lists) and {@link Code}.
 * The object model turns each into its Python object once per code object.
 */
public final class Constants {
    private Constants() {}

    public enum Singleton { NONE, ELLIPSIS }

    public record Complex(double real, double imag) {}

    /** Immutable bytes; equality is by content so the pool can share equal literals. */
    public record Bytes(byte[] value) {
        @Override public boolean equals(Object o) {
            return o instanceof Bytes b && Arrays.equals(value, b.value);
        }
        @Override public int hashCode() { return Arrays.hashCode(value); }
        @Override public String toString() { return "b" + Arrays.toString(value); }
    }

    /** A tuple whose items are constants. */
    public record Tuple(List<Object> items) {}
}
