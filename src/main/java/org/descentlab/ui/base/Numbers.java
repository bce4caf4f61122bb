package org.descentlab.ui.base;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

import org.descentlab.core.NumberText;

/**
 * The one place numbers become text in the window: short labels for axes, tables and status lines, the
 * exact form in fields a user edits, and whole numbers, with the decimal mark of the window's language (a
 * comma in Russian). Typed numbers read with either mark. What is written to files and the command line uses
 * {@link NumberText}, never this.
 */
public final class Numbers {

    private Numbers() {
    }

    /**
     * Short text for a value shown, not edited: four significant digits, no trailing zeros (250.7, 0.125),
     * three in scientific form outside 1e-3 … 1e5 (1e-6, 2.5e7); NaN, ∞ and −∞.
     */
    public static String label(double v) {
        if (v == 0) {
            return "0";
        }
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "NaN" : v > 0 ? "∞" : "−∞";
        }
        double a = Math.abs(v);
        if (a >= 1e5 || a < 1e-3) {
            String[] parts = String.format(Locale.ROOT, "%.2e", v).split("e");
            String mantissa = parts[0].replaceAll("0+$", "").replaceAll("\\.$", "");
            return local(mantissa + "e" + Integer.parseInt(parts[1]));
        }
        return local(new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString());
    }

    /** {@code plain}, a number written with a decimal point, in the window's decimal mark: 0.5 → 0,5 in Russian. */
    public static String local(String plain) {
        return decimalComma() ? plain.replace('.', ',') : plain;
    }

    /** Typed text with a decimal comma made a point ("0,05" → "0.05"), for readers that know only the point. */
    public static String typed(String text) {
        String t = text.strip();
        return t.indexOf('.') < 0 && t.indexOf(',') == t.lastIndexOf(',') ? t.replace(',', '.') : t;
    }

    private static boolean decimalComma() {
        return "ru".equals(Text.language());
    }

    /**
     * {@code v} to the digits {@link #label} shows (0.0922161… → 0.09222, 6.918e-4 → 6.92e-4): a value picked on a plot
     * is set as the window shows it.
     */
    public static double asShown(double v) {
        double a = Math.abs(v);
        return round(v, a >= 1e5 || a < 1e-3 ? 3 : 4);
    }

    /** The shortest text that reads back as exactly {@code v}, for a field the user edits: 0.05, 1e-8, 3. */
    public static String exact(double v) {
        return local(NumberText.exact(v));
    }

    /** {@code v} rounded to {@code digits} significant digits: 0.012345 → 0.0123 for 3. */
    public static double round(double v, int digits) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        return new BigDecimal(v).round(new MathContext(digits)).doubleValue();
    }

    /**
     * {@code v} on the decimal grid no coarser than {@code resolution}: a click lands on −6.25, not on
     * −6.2531249…, when a pixel is 0.0126 wide (the grid is then 0.01). Unchanged where it cannot be.
     */
    public static double snap(double v, double resolution) {
        if (!Double.isFinite(v) || !(resolution > 0) || !Double.isFinite(resolution)) {
            return v;
        }
        int exponent = (int) Math.floor(Math.log10(resolution));
        double steps = Math.rint(v / Math.pow(10, exponent));
        if (!Double.isFinite(steps) || Math.abs(steps) > 1e15) {
            return v;
        }
        return BigDecimal.valueOf((long) steps).scaleByPowerOfTen(exponent).doubleValue();
    }

    /** A whole number: 1000, -3. */
    public static String whole(long v) {
        return Long.toString(v);
    }

    /** A point as "(x, y)", each part a {@link #label(double)}; "(x; y)" where the decimal mark is a comma. */
    public static String pair(double x, double y) {
        return "(" + label(x) + separator() + label(y) + ")";
    }

    /** What parts a list of numbers: ", ", or "; " where the decimal mark is a comma. */
    public static String separator() {
        return decimalComma() ? "; " : ", ";
    }

    /**
     * Reads a number typed in a field, in the form {@link #exact(double)} writes, with a decimal point or comma.
     *
     * @throws NumberFormatException when it is not one
     */
    public static double parse(String text) {
        return Double.parseDouble(typed(text));
    }

    /**
     * A typed finite number, or why not in words that name it ("lr must be a number, got 'x'").
     *
     * @throws IllegalArgumentException with that sentence
     */
    public static double finite(String name, String text) {
        double v;
        try {
            v = parse(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Text.format("error.number", name, text));
        }
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(Text.format("error.finite", name, text));
        }
        return v;
    }
}
