package org.descentlab.ui;

import java.util.ArrayList;
import java.util.List;

/** "Nice" axis ticks (1, 2, 5 × 10ᵏ) and compact labels for them. */
final class Ticks {

    private Ticks() {
    }

    /** About {@code target} ticks covering [min, max]. */
    static List<Double> nice(double min, double max, int target) {
        List<Double> ticks = new ArrayList<>();
        double range = max - min;
        if (!(range > 0) || !Double.isFinite(range)) {
            return ticks;
        }
        double step = step(range / Math.max(1, target));
        double first = Math.ceil(min / step) * step;
        for (int k = 0; k < 100; k++) {
            double t = first + k * step;
            if (t > max + step * 1e-9) {
                break;
            }
            ticks.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
        }
        return ticks;
    }

    static double step(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        double nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
        return nice * power;
    }

    /** Short, locale-independent text for an axis or colour-bar value. */
    static String label(double v) {
        if (v == 0) {
            return "0";
        }
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "NaN" : v > 0 ? "∞" : "−∞";
        }
        double a = Math.abs(v);
        if (a >= 1e5 || a < 1e-3) {
            // three significant digits, trailing zeros dropped: 1.00e-06 -> 1e-6, 2.50e+07 -> 2.5e7
            String[] parts = String.format(java.util.Locale.ROOT, "%.2e", v).split("e");
            String mantissa = parts[0].replaceAll("0+$", "").replaceAll("\\.$", "");
            return mantissa + "e" + Integer.parseInt(parts[1]);
        }
        // four significant digits, no trailing zeros: 250.6679 -> 250.7, 0.12500 -> 0.125
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
