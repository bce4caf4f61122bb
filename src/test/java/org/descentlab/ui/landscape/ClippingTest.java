package org.descentlab.ui.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClippingTest {

    private static final Clipping.Box BOX = new Clipping.Box(-5, 5, -5, 5);

    @Test
    void aSegmentInsideIsKeptWhole() {
        Clipping.Piece p = Clipping.clip(BOX, -1, 2, 3, -4);
        assertEquals(new Clipping.Piece(-1, 2, 3, -4, false), p);
    }

    @Test
    void aSegmentToAFarPointIsCutAtTheBorderOnItsOwnLine() {
        // gd at lr 1.5 on x² + y² from (−4, 3): the next point is (8, −6), then (−16, 12), … on y = −0.75x
        Clipping.Piece out = Clipping.clip(BOX, -4, 3, 8, -6);
        assertEquals(-4, out.x0());
        assertEquals(3, out.y0());
        assertEquals(5, out.x1(), 1e-12, "leaves through the right side");
        assertEquals(-3.75, out.y1(), 1e-12, "on y = −0.75x");
        assertTrue(out.leaves());
        // far beyond: points at 1e9 still give a piece on the line, through the box
        Clipping.Piece far = Clipping.clip(BOX, -1.6e9, 1.2e9, 3.2e9, -2.4e9);
        assertEquals(-5, far.x0(), 1e-6);
        assertEquals(3.75, far.y0(), 1e-6);
        assertEquals(5, far.x1(), 1e-6);
        assertEquals(-3.75, far.y1(), 1e-6);
        assertTrue(far.leaves());
    }

    @Test
    void aSegmentThatMissesTheBoxOrIsNotFiniteGivesNothing() {
        assertNull(Clipping.clip(BOX, 6, 0, 6, 9), "right of the box");
        assertNull(Clipping.clip(BOX, 4, 9, 9, 4), "past the corner");
        assertNull(Clipping.clip(BOX, 0, 0, Double.NaN, 1));
        assertNull(Clipping.clip(BOX, -1e308, 0, 1e308, 0), "its length overflows");
    }

    @Test
    void aSegmentComingBackInEntersAtTheBorderAndDoesNotLeave() {
        Clipping.Piece in = Clipping.clip(BOX, 0, 20, 0, 1);
        assertEquals(new Clipping.Piece(0, 5, 0, 1, false), in);
        assertFalse(in.leaves());
    }
}
