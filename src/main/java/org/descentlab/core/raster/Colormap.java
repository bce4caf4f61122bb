package org.descentlab.core.raster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Perceptual colormaps as 256-entry lookup tables of opaque ARGB colours. The tables are the published
 * ones (viridis, magma, inferno, plasma, cividis: CC0; turbo: Apache 2.0), shipped as resources with
 * their attribution. Undefined values (NaN, ±Infinity) get a colour that appears in no entry of the map.
 */
public enum Colormap {
    VIRIDIS(0xFF808080), MAGMA(0xFF808080), INFERNO(0xFF808080), PLASMA(0xFF808080),
    CIVIDIS(0xFFFF00FF), TURBO(0xFF808080), GRAYSCALE(0xFFFF00FF);

    public static final int SIZE = 256;

    private final int undefinedArgb;
    private int[] table;

    Colormap(int undefinedArgb) {
        this.undefinedArgb = undefinedArgb;
    }

    /** Lower-case name as used on the command line and in files. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Colormap> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst();
    }

    /** The colour drawn where the function is undefined. */
    public int undefinedArgb() {
        return undefinedArgb;
    }

    /** The colour for {@code t} in [0, 1] (clamped); NaN gives the undefined colour. */
    public int argb(double t) {
        if (!(t == t)) {
            return undefinedArgb;
        }
        int k = (int) (Math.min(1.0, Math.max(0.0, t)) * (SIZE - 1) + 0.5);
        return table()[k];
    }

    /** A copy of the table, low to high. */
    public int[] entries() {
        return table().clone();
    }

    int[] table() {
        int[] t = table;
        if (t == null) {
            t = this == GRAYSCALE ? grayscale() : load(id());
            table = t;
        }
        return t;
    }

    private static int[] grayscale() {
        int[] t = new int[SIZE];
        for (int k = 0; k < SIZE; k++) {
            t[k] = 0xFF000000 | k << 16 | k << 8 | k;
        }
        return t;
    }

    private static int[] load(String id) {
        String resource = id + ".txt";
        try (InputStream in = Colormap.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing colormap resource " + resource);
            }
            int[] t = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .mapToInt(l -> 0xFF000000 | Integer.parseInt(l, 16)).toArray();
            if (t.length != SIZE) {
                throw new IllegalStateException(resource + " has " + t.length + " entries, expected " + SIZE);
            }
            return t;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
