package org.descentlab.core;

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
}
