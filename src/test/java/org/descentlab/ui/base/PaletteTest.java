package org.descentlab.ui.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

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

    /** CIELAB (D65) of a colour, as ΔE measures colour difference. */
    private static double[] lab(Color c) {
        double[] v = {c.getRed(), c.getGreen(), c.getBlue()};
        for (int k = 0; k < 3; k++) {
            v[k] = v[k] <= 0.04045 ? v[k] / 12.92 : Math.pow((v[k] + 0.055) / 1.055, 2.4);
        }
        double x = (0.4124 * v[0] + 0.3576 * v[1] + 0.1805 * v[2]) / 0.95047;
        double y = 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
        double z = (0.0193 * v[0] + 0.1192 * v[1] + 0.9505 * v[2]) / 1.08883;
        java.util.function.DoubleUnaryOperator f = t -> t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116.0;
        return new double[] {116 * f.applyAsDouble(y) - 16, 500 * (f.applyAsDouble(x) - f.applyAsDouble(y)),
            200 * (f.applyAsDouble(y) - f.applyAsDouble(z))};
    }

    private static double deltaE(Color a, Color b) {
        double[] p = lab(a);
        double[] q = lab(b);
        return Math.sqrt(Math.pow(p[0] - q[0], 2) + Math.pow(p[1] - q[1], 2) + Math.pow(p[2] - q[2], 2));
    }

    @Test
    void twelveMinimumColoursFarFromEachOtherFromTheRunsAndFromUndefinedPointsRepeatingAfterThat() {
        int n = Palette.minimumColours();
        assertTrue(n >= 12, "colours: " + n);
        java.util.List<Color> others = new java.util.ArrayList<>(java.util.List.of(Palette.PATHS));
        // the colours of undefined points (grey, magenta), and the black and white of markers
        others.addAll(java.util.List.of(Color.web("#808080"), Color.web("#ff00ff"), Color.BLACK, Color.WHITE));
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                double d = deltaE(Palette.minimum(a), Palette.minimum(b));
                assertTrue(d >= 25, "minima " + a + " and " + b + ": ΔE " + d);
            }
            for (Color o : others) {
                double d = deltaE(Palette.minimum(a), o);
                assertTrue(d >= 25, "minimum " + a + " and " + o + ": ΔE " + d);
            }
            assertEquals(Palette.minimum(a), Palette.minimum(a + n));
        }
        assertEquals(Palette.minimum(n - 1), Palette.minimum(-1));
    }

    @Test
    void whiteIsCasedInNearlyOpaqueBlackAndBlackInWhite() {
        assertEquals(Color.rgb(0, 0, 0, 0.85), Palette.casing(Color.WHITE));
        assertEquals(Color.rgb(255, 255, 255, 0.85), Palette.casing(Color.BLACK));
    }

    @Test
    void twelveMinimumColoursStandApartFromEachOtherAndFromTheBasinGreysThenRepeat() {
        List<Color> all = new ArrayList<>();
        for (int k = 0; k < Palette.MINIMUM_COLOURS; k++) {
            all.add(Palette.minimum(k));
        }
        assertEquals(12, Palette.MINIMUM_COLOURS);
        all.addAll(List.of(Palette.BASIN_DIVERGED, Palette.BASIN_MOVING, Palette.BASIN_ELSEWHERE));
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                double d = deltaE(all.get(i), all.get(j));
                assertTrue(d >= 19, all.get(i) + " and " + all.get(j) + " are only " + d + " apart");
            }
        }
        assertEquals(Palette.minimum(0), Palette.minimum(12));
        assertEquals(Palette.minimum(11), Palette.minimum(-1));
    }
}
