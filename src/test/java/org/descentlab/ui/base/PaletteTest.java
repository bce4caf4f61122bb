package org.descentlab.ui.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.paint.Color;

import org.junit.jupiter.api.Test;

/** Run colours on their casings read on the charts of both themes. */
class PaletteTest {

    /** -dl-surface of the light and the dark theme: what the loss chart is drawn on. */
    private static final Color[] GROUNDS = {Color.web("#ffffff"), Color.web("#0d1117")};

    private static double luminance(Color c) {
        double[] v = {c.getRed(), c.getGreen(), c.getBlue()};
        for (int k = 0; k < 3; k++) {
            v[k] = v[k] <= 0.04045 ? v[k] / 12.92 : Math.pow((v[k] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static Color over(Color c, Color ground) {
        return ground.interpolate(Color.color(c.getRed(), c.getGreen(), c.getBlue()), c.getOpacity());
    }

    @Test
    void everyRunColourOrItsCasingStandsOutOnBothThemesCharts() {
        for (Color run : Palette.PATHS) {
            for (Color ground : GROUNDS) {
                Color casing = over(Palette.casing(run), ground);
                double line = Math.max(contrast(run, ground), contrast(casing, ground));
                assertTrue(line >= 3, run + " on " + ground + ": " + line);
            }
        }
    }

    @Test
    void whiteIsCasedInNearlyOpaqueBlackAndBlackInWhite() {
        assertEquals(Color.rgb(0, 0, 0, 0.85), Palette.casing(Color.WHITE));
        assertEquals(Color.rgb(255, 255, 255, 0.85), Palette.casing(Color.BLACK));
    }
}
