package org.descentlab.core.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;

import org.descentlab.core.analysis.GradientField.Arrow;
import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.raster.Domain;

import org.junit.jupiter.api.Test;

class GradientFieldTest {

    private static CompiledFunction f(String text) {
        return ((ParseResult.Success) Expressions.parse(text)).function();
    }

    @Test
    void theGridHasSquareCellsAndTheGivenCountAlongTheWiderSide() {
        assertArrayEquals(new int[] {20, 13}, GradientField.cells(20, 1.5));
        assertArrayEquals(new int[] {10, 20}, GradientField.cells(20, 0.5));
        assertArrayEquals(new int[] {4, 1}, GradientField.cells(4, 100));
        assertArrayEquals(new int[] {64, 64}, GradientField.cells(64, Double.NaN));
    }

    @Test
    void onARoundBowlEveryArrowPointsAtTheCentreAndKeepsItsNorm() {
        GradientField field = GradientField.sample(f("x^2 + y^2"), new Domain(-1, 1, -1, 1), 4, 4);
        assertEquals(16, field.arrows().size());
        Arrow first = field.arrows().get(0);
        // the bottom-left cell's centre
        assertEquals(-0.75, first.x(), 1e-12);
        assertEquals(-0.75, first.y(), 1e-12);
        for (Arrow a : field.arrows()) {
            double r = Math.hypot(a.x(), a.y());
            assertEquals(-a.x() / r, a.ux(), 1e-8, a.toString());
            assertEquals(-a.y() / r, a.uy(), 1e-8, a.toString());
            assertEquals(2 * r, a.norm(), 1e-8, "‖∇f‖ = 2r: " + a);
        }
        // the four inner cells are the flattest, the four corners the steepest
        assertEquals(2 * Math.hypot(0.25, 0.25), field.lowNorm(), 1e-8);
        assertEquals(2 * Math.hypot(0.75, 0.75), field.highNorm(), 1e-8);
        assertEquals(0, field.steepness(field.arrows().get(5)), 1e-9);
        assertEquals(1, field.steepness(first), 1e-9);
    }

    @Test
    void everyArrowPointsDownhillOnHimmelblau() {
        CompiledFunction f = f("(x^2+y-11)^2 + (x+y^2-7)^2");
        GradientField field = GradientField.sample(f, new Domain(-5, 5, -5, 5), 30, 30);
        assertEquals(900, field.arrows().size());
        for (Arrow a : field.arrows()) {
            double s = 1e-4;
            assertTrue(f.value(a.x() + s * a.ux(), a.y() + s * a.uy()) < f.value(a.x(), a.y()), "downhill at " + a);
            assertEquals(1, Math.hypot(a.ux(), a.uy()), 1e-12);
        }
    }

    @Test
    void pointsWhereTheGradientIsUndefinedOrZeroHaveNoArrow() {
        // log x: nothing left of the y axis
        GradientField half = GradientField.sample(f("log(x)"), new Domain(-1, 1, -1, 1), 4, 2);
        assertEquals(4, half.arrows().size());
        assertTrue(half.arrows().stream().allMatch(a -> a.x() > 0 && a.ux() < 0), half.arrows().toString());
        GradientField flat = GradientField.sample(f("3"), new Domain(-1, 1, -1, 1), 5, 5);
        assertEquals(0, flat.arrows().size());
        assertTrue(Double.isNaN(flat.lowNorm()));
    }

    @Test
    void aCancelledSampleStops() {
        assertThrows(CancellationException.class,
                () -> GradientField.sample(f("x^2"), new Domain(-1, 1, -1, 1), 8, 8, () -> true));
    }
}
