package org.descentlab.core.raster;

import org.descentlab.core.NumberText;
import org.descentlab.core.Validate;

/**
 * Maps values in [min, max] to [0, 1]. The log scale uses {@code log(1 + (v − min)/δ)} with
 * {@code δ = (max − min)·1e-4}, so any range works, negative minima included, and the four decades
 * above the minimum, where descent ends, get most of the colours.
 */
public record ColorScale(double min, double max, Scale scale) {

    /** δ as a fraction of the range. */
    public static final double LOG_OFFSET = 1e-4;

    public ColorScale {
        Validate.finite("min", min);
        Validate.finite("max", max);
        Validate.isTrue(min <= max, "min must not exceed max, got " + NumberText.exact(min) + " > " + NumberText.exact(max));
        Validate.notNull("scale", scale);
    }

    /** Position of v in [0, 1], clamped; NaN for undefined values. */
    public double normalize(double v) {
        if (v - v != 0) {
            return Double.NaN;
        }
        double range = max - min;
        if (range == 0) {
            return 0.5;
        }
        // clamped first: below min, the log of the log scale is not defined
        double c = Math.min(max, Math.max(min, v));
        double t = scale == Scale.LINEAR ? (c - min) / range
                : Math.log1p((c - min) / (range * LOG_OFFSET)) / Math.log1p(1 / LOG_OFFSET);
        return Math.min(1.0, Math.max(0.0, t));
    }

    /** The value at position t in [0, 1]: the inverse of {@link #normalize}. */
    public double valueAt(double t) {
        double range = max - min;
        if (scale == Scale.LINEAR) {
            return min + t * range;
        }
        return min + range * LOG_OFFSET * Math.expm1(t * Math.log1p(1 / LOG_OFFSET));
    }
}
