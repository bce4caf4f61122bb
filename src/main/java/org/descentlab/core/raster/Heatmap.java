package org.descentlab.core.raster;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/** Colours a sampled grid into ARGB pixels, in parallel: the image a view or an export shows. */
public final class Heatmap {

    private Heatmap() {
    }

    /**
     * Writes one pixel per grid point, image row 0 at the top (ymax), into {@code out} of length nx·ny.
     *
     * @throws CancellationException if {@code cancelled} became true on the way
     */
    public static void colorize(SampledGrid sampled, ColorScale scale, Colormap colormap, int[] out,
            BooleanSupplier cancelled) {
        int nx = sampled.grid().nx();
        int ny = sampled.grid().ny();
        double[] values = sampled.values();
        int[] table = colormap.table();
        int undefined = colormap.undefinedArgb();
        ColorIndex index = new ColorIndex(scale);
        IntStream.range(0, ny).parallel().forEach(j -> {
            if (cancelled.getAsBoolean()) {
                return;
            }
            int src = j * nx;
            int dst = (ny - 1 - j) * nx;
            for (int i = 0; i < nx; i++) {
                int k = index.of(values[src + i]);
                out[dst + i] = k >= 0 ? table[k] : undefined;
            }
        });
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("colouring was cancelled");
        }
    }

    /** The range to colour by: the grid's finite range, or [0, 1] where it has no finite value. */
    public static ColorScale scaleFor(SampledGrid sampled, Scale scale) {
        return sampled.hasFiniteValues() ? new ColorScale(sampled.min(), sampled.max(), scale)
                : new ColorScale(0, 1, scale);
    }
}
