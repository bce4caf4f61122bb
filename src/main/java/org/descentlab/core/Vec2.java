package org.descentlab.core;

/** A pair of numbers: a point of the plane, or an x and a y component (a gradient, a moment). */
public record Vec2(double x, double y) {

    public static final Vec2 ZERO = new Vec2(0, 0);

    /** From the first two entries of an array. */
    public static Vec2 of(double[] xy) {
        return new Vec2(xy[0], xy[1]);
    }

    public boolean isFinite() {
        return Double.isFinite(x) && Double.isFinite(y);
    }

    public double[] toArray() {
        return new double[] {x, y};
    }
}
