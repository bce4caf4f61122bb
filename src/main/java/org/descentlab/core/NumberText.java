package org.descentlab.core;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A number as the app writes it wherever someone reads or edits it: the shortest decimal that reads back
 * as exactly the same double, with a lower-case exponent and no ".0" (0.05, 3, 1e-8, 1.5e-12), never
 * Java's "1.0E-8". Fields, files, the command line and messages all use it.
 */
public final class NumberText {

    private NumberText() {
    }

    /** The shortest text that {@link Double#parseDouble} reads back as exactly {@code v}: "0.05", "1e-7", "-3". */
    public static String exact(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = Double.toString(v);
        int e = s.indexOf('E');
        if (e < 0) {
            return s;
        }
        String mantissa = s.substring(0, e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        return mantissa + "e" + s.substring(e + 1);
    }

    /**
     * {@code v} rounded to {@code digits} significant digits, for a number that is itself a rough bound: a
     * power of ten past a million or below a thousandth ("1.8e8", "2.5e-6"), else plain ("1230", "0.05").
     */
    public static String rounded(double v, int digits) {
        Validate.atLeast("digits", digits, 1);
        if (!Double.isFinite(v) || v == 0) {
            return exact(v);
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros();
        int exponent = d.precision() - d.scale() - 1;
        if (exponent >= -3 && exponent < 6) {
            return d.toPlainString();
        }
        return d.movePointLeft(exponent).toPlainString() + "e" + exponent;
    }

    /**
     * Whether {@code text}, read as {@code parsed}, named a number too small for a double: it reads as 0 (or a
     * subnormal, below {@link Double#MIN_NORMAL}) though its digits before any exponent are not all zero, as
     * "1e-400" does.
     */
    public static boolean underflows(String text, double parsed) {
        if (!(Math.abs(parsed) < Double.MIN_NORMAL)) {
            return false;
        }
        String mantissa = text.strip().toLowerCase(java.util.Locale.ROOT).split("e", 2)[0];
        return mantissa.chars().anyMatch(c -> c >= '1' && c <= '9');
    }
}
