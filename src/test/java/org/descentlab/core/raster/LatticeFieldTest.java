package org.descentlab.core.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.descentlab.core.field.RowSampler;
import org.junit.jupiter.api.Test;

/** A field read between the points of a lattice: the field at them, smooth between, quadratics reproduced. */
class LatticeFieldTest {

    private static final Grid LATTICE = new Grid(-2, 2, -1, 3, 9, 11);

    @Test
    void atTheLatticePointsItIsTheField() {
        RowSampler f = RowSampler.of((x, y) -> Math.sin(3 * x) * Math.exp(y));
        LatticeField l = LatticeField.sample(f, LATTICE, () -> false);
        for (int j = 0; j < LATTICE.ny(); j++) {
            for (int i = 0; i < LATTICE.nx(); i++) {
                double x = LATTICE.x(i);
                double y = LATTICE.y(j);
                double v = Math.sin(3 * x) * Math.exp(y);
                // a point's place in the lattice is computed, so to a rounding
                assertEquals(v, l.value(x, y), 1e-14 * Math.max(1, Math.abs(v)), i + ", " + j);
            }
        }
    }

    @Test
    void betweenInteriorPointsAQuadraticIsReadBackExactly() {
        // Catmull–Rom reproduces polynomials of degree 2: a mean squared error is one
        RowSampler f = RowSampler.of((x, y) -> 3 * x * x - 2 * x * y + y * y + x - 4);
        LatticeField l = LatticeField.sample(f, LATTICE, () -> false);
        double[] row = new double[7];
        l.sampleRow(0.77, -1.3, 0.31, 7, row, 0);
        for (int k = 0; k < 7; k++) {
            double x = -1.3 + k * 0.31;
            assertEquals(3 * x * x - 2 * x * 0.77 + 0.77 * 0.77 + x - 4, row[k], 1e-12, "x " + x);
            assertEquals(row[k], l.value(x, 0.77), 0, "a row is its points");
        }
    }

    @Test
    void offTheLatticeTheNearestEdgeHoldsAndABadNeighbourIsNaN() {
        LatticeField l = LatticeField.sample(RowSampler.of((x, y) -> x + 10 * y), LATTICE, () -> false);
        assertEquals(l.value(2, 0.5), l.value(7, 0.5), 0);
        assertEquals(l.value(-2, -1), l.value(-5, -4), 0);
        LatticeField hole = LatticeField.sample(RowSampler.of((x, y) -> x == 0 && y == 1 ? Double.NaN : x), LATTICE, () -> false);
        assertTrue(Double.isNaN(hole.value(0.2, 1.1)), "the NaN at (0, 1) is a neighbour");
        assertEquals(-1.5, hole.value(-1.5, 2.6), 1e-12, "far from it the field is whole");
    }
}
