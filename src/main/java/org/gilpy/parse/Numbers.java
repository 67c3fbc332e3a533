package org.gilpy.parse;

import java.math.BigInteger;
import org.gilpy.ast.Expr;

/**
 * The value of a NUMBER token, which the tokenizer has already validated: an int
 * ({@link Long} when it fits, else {@link BigInteger}), a float ({@link Double}) or an
 * imaginary literal ({@link Expr.Imaginary}). Underscores are ignored.
 */
final class Numbers {
    private Numbers() {}

    /** CPython's default sys.get_int_max_str_digits(), which applies to decimal literals. */
    static final int MAX_STR_DIGITS = 4300;

    /** The number of digits of a decimal int literal longer than CPython accepts, or 0. */
    static int tooManyDigits(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c != '_') {
                return 0;   // not a decimal int (hex, float, imaginary)
            }
        }
        return digits > MAX_STR_DIGITS && text.charAt(0) != '0' ? digits : 0;
    }

    static Object value(String text) {
        String s = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') {
            return new Expr.Imaginary(Double.parseDouble(s.substring(0, s.length() - 1)));
        }
        if (s.length() > 1 && s.charAt(0) == '0') {
            int radix = switch (s.charAt(1)) {
                case 'x', 'X' -> 16;
                case 'o', 'O' -> 8;
                case 'b', 'B' -> 2;
                default -> 0;
            };
            if (radix != 0) return integer(s.substring(2), radix);
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') return Double.parseDouble(s);
        }
        return integer(s, 10);
    }

    private static Object integer(String digits, int radix) {
        int maxDigits = switch (radix) {
            case 16 -> 15;
            case 8 -> 20;
            case 2 -> 62;
            default -> 18;
        };
        if (digits.length() <= maxDigits) return Long.parseLong(digits, radix);
        BigInteger big = new BigInteger(digits, radix);
        return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }
}
