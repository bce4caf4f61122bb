package org.descentlab.core.field;

/** A function f(x, y). Implementations must not throw: an undefined point is NaN or ±Infinity. */
@FunctionalInterface
public interface ScalarField {

    double value(double x, double y);
}
