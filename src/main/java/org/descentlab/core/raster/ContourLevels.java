package org.descentlab.core.raster;

import java.util.Arrays;
import java.util.Locale;

import org.descentlab.core.Validate;

/** How contour levels are spread over a grid's range. */
public enum ContourLevels {
    /** Evenly spaced between min and max. */
    LINEAR,
    /** Evenly spaced on the same log scale as {@link ColorScale} with {@link Scale#LOG}. */
    LOG,
    /** At quantiles of the sampled values: each band covers the same share of the picture. */
    QUANTILE;

    /** Up to this many values are sorted for quantiles; larger grids are strided. */
    private static final int QUANTILE_SAMPLE = 65_536;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code count} levels strictly inside the grid's finite range (fewer where quantiles coincide). */
    public double[] levels(SampledGrid sampled, int count) {
        Validate.atLeast("count", count, 0);
        if (count == 0 || !sampled.hasFiniteValues() || sampled.min() == sampled.max()) {
            return new double[0];
        }
        double min = sampled.min();
        double max = sampled.max();
        double[] levels = new double[count];
        switch (this) {
            case LINEAR -> {
                for (int k = 0; k < count; k++) {
                    levels[k] = min + (max - min) * (k + 1) / (count + 1);
                }
            }
            case LOG -> {
                ColorScale scale = new ColorScale(min, max, Scale.LOG);
                for (int k = 0; k < count; k++) {
                    levels[k] = scale.valueAt((k + 1) / (double) (count + 1));
                }
            }
            case QUANTILE -> {
                return quantiles(sampled.values(), count);
            }
            default -> throw new IllegalStateException(name());
        }
        return levels;
    }

    private static double[] quantiles(double[] values, int count) {
        int stride = Math.max(1, values.length / QUANTILE_SAMPLE);
        double[] sample = new double[(values.length + stride - 1) / stride];
        int n = 0;
        for (int k = 0; k < values.length; k += stride) {
            double v = values[k];
            if (v - v == 0) {
                sample[n++] = v;
            }
        }
        if (n == 0) {
            return new double[0];
        }
        Arrays.sort(sample, 0, n);
        double[] levels = new double[count];
        int m = 0;
        for (int k = 0; k < count; k++) {
            double level = sample[(int) Math.min(n - 1, Math.round((k + 1) * (n - 1) / (double) (count + 1)))];
            if (m == 0 || level > levels[m - 1]) {
                levels[m++] = level;
            }
        }
        return Arrays.copyOf(levels, m);
    }
}
