package org.descentlab.ui.landscape;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.paint.Color;

import org.descentlab.core.raster.Colormap;
import org.descentlab.ui.base.Palette;

import org.junit.jupiter.api.Test;

/** Every run reads on every colormap, and no marker can be taken for a run. */
class PathColoursTest {

    /** WCAG's contrast ratio of two opaque colours, 1 to 21. */
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** The casing as it shows over a background: its colour blended by its opacity. */
    private static Color over(Color top, Color background) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + background.getRed() * (1 - a), top.getGreen() * a + background.getGreen() * (1 - a),
                top.getBlue() * a + background.getBlue() * (1 - a));
    }

    private static Color argb(int v) {
        return Color.rgb(v >> 16 & 0xFF, v >> 8 & 0xFF, v & 0xFF);
    }

    @Test
    void everyRunStandsOutFromItsCasingOnEveryColormap() {
        for (Color run : Palette.PATHS) {
            for (Colormap map : Colormap.values()) {
                for (double t = 0; t <= 1; t += 0.05) {
                    Color ground = argb(map.argb(t));
                    Color casing = over(Palette.casing(run), ground);
                    // where the run itself is close to the ground, its casing is what draws the line
                    double line = Math.max(contrast(run, ground), contrast(casing, ground));
                    assertTrue(contrast(run, casing) >= 2.5, run + " on its casing " + casing + " over " + map + " at " + t);
                    assertTrue(line >= 1.5 || contrast(run, casing) >= 3, run + " vanishes on " + map + " at " + t);
                }
            }
        }
    }

    @Test
    void markersHaveAColourNoRunHas() {
        for (Color run : Palette.PATHS) {
            assertTrue(contrast(run, Palette.MARKER) >= 2, run + " is too like the markers' " + Palette.MARKER);
        }
    }
}
