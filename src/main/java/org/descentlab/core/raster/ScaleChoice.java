package org.descentlab.core.raster;

import java.util.Arrays;
import java.util.Locale;

/** The scale a user picks: linear, log, or automatic. */
public enum ScaleChoice {
    AUTO, LINEAR, LOG;

    /**
     * Auto picks log where the values are skewed: when the median sits in the lowest 8% of the range,
     * as for Rosenbrock (5.7%), Beale or Goldstein-Price, a linear scale would paint nearly everything
     * one colour. Quadratic bowls (Booth, Matyas: 9%) stay linear.
     */
    static final double SKEW = 0.08;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static java.util.Optional<ScaleChoice> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst();
    }

    public Scale resolve(SampledGrid sampled) {
        return switch (this) {
            case LINEAR -> Scale.LINEAR;
            case LOG -> Scale.LOG;
            case AUTO -> isSkewed(sampled) ? Scale.LOG : Scale.LINEAR;
        };
    }

    private static boolean isSkewed(SampledGrid sampled) {
        if (!sampled.hasFiniteValues() || sampled.min() == sampled.max()) {
            return false;
        }
        double[] values = sampled.values();
        int stride = Math.max(1, values.length / 20_000);
        double[] sample = new double[(values.length + stride - 1) / stride];
        int n = 0;
        for (int k = 0; k < values.length; k += stride) {
            if (values[k] - values[k] == 0) {
                sample[n++] = values[k];
            }
        }
        Arrays.sort(sample, 0, n);
        double median = sample[n / 2];
        return median - sampled.min() < SKEW * (sampled.max() - sampled.min());
    }
}
