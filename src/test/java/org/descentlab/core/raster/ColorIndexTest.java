package org.descentlab.core.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ColorIndexTest {

    /** What the heatmap computed before the look-up: the position on the scale, rounded to an entry. */
    private static int byFormula(ColorScale s, double v) {
        double t = s.normalize(v);
        return t == t ? (int) (t * (Colormap.SIZE - 1) + 0.5) : -1;
    }

    private static void sameAsFormula(ColorScale s, double[] values) {
        ColorIndex index = new ColorIndex(s);
        for (double v : values) {
            assertEquals(byFormula(s, v), index.of(v), () -> "value " + v + " on " + s);
        }
    }

    @Test
    void everyValueGetsTheEntryTheScaleFormulaGives() {
        SplittableRandom r = new SplittableRandom(7);
        ColorScale[] scales = {new ColorScale(0, 1, Scale.LINEAR), new ColorScale(0, 1, Scale.LOG),
            new ColorScale(-3.2, 1e5, Scale.LOG), new ColorScale(-959.64, 1049.1, Scale.LINEAR),
            new ColorScale(1e-300, 2e-300, Scale.LOG), new ColorScale(-1e300, 1e300, Scale.LINEAR),
            new ColorScale(2, 2, Scale.LOG)};
        for (ColorScale s : scales) {
            double[] values = new double[20_000];
            double range = s.max() - s.min();
            for (int k = 0; k < values.length; k++) {
                double u = r.nextDouble(-0.1, 1.1);
                // half spread evenly, half crowded near the minimum, where the log scale puts most colours
                values[k] = k % 2 == 0 ? s.min() + u * range : s.min() + Math.pow(10, -8 * r.nextDouble()) * range;
            }
            sameAsFormula(s, values);
        }
    }

    @Test
    void theValuesWhereTheEntryStepsUpAndTheirNeighboursAreExact() {
        for (ColorScale s : new ColorScale[] {new ColorScale(-1, 3, Scale.LINEAR), new ColorScale(0.5, 400, Scale.LOG)}) {
            double[] around = new double[Colormap.SIZE * 3];
            for (int k = 0; k < Colormap.SIZE; k++) {
                double edge = s.valueAt((k + 0.5) / (Colormap.SIZE - 1));
                around[3 * k] = Math.nextDown(edge);
                around[3 * k + 1] = edge;
                around[3 * k + 2] = Math.nextUp(edge);
            }
            sameAsFormula(s, around);
        }
    }

    @Test
    void undefinedValuesHaveNoEntry() {
        ColorIndex index = new ColorIndex(new ColorScale(0, 1, Scale.LOG));
        assertEquals(-1, index.of(Double.NaN));
        assertEquals(-1, index.of(Double.POSITIVE_INFINITY));
        assertEquals(-1, index.of(Double.NEGATIVE_INFINITY));
        assertEquals(0, index.of(-5), "below the scale: its first colour");
        assertEquals(Colormap.SIZE - 1, index.of(7), "above it: its last");
    }
}
