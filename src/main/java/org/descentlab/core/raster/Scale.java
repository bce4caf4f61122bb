package org.descentlab.core.raster;

import java.util.Locale;

/** How values map to colours and contour levels. */
public enum Scale {
    /** Evenly spaced in f. */
    LINEAR,
    /** Evenly spaced in log(f − min + δ): detail near the minimum; works for negative minima too. */
    LOG;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
