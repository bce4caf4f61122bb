package org.descentlab.ui.base;

import java.util.ArrayList;
import java.util.List;

/** "Nice" axis ticks: 1, 2 or 5 × 10ᵏ apart. Their labels come from {@link Numbers#label(double)}. */
public final class Ticks {

    private Ticks() {
    }

    /** About {@code target} ticks covering [min, max]. */
    public static List<Double> nice(double min, double max, int target) {
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

    public static double step(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        double nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
        return nice * power;
    }
}
