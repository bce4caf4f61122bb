package org.descentlab.core.run;

/** Why a run diverged, so that what is said about it can fit the cause. */
public enum Divergence {
    /** The point itself became infinite or NaN. */
    POINT_NOT_FINITE,
    /** f is NaN there: outside where it is defined (log of a negative number). */
    F_UNDEFINED,
    /** f is infinite there: it overflowed. */
    F_OVERFLOW,
    /** The gradient is infinite or NaN. */
    GRADIENT_NOT_FINITE,
    /** The point went further than {@code 1e8·max(1, ‖x₀‖)} from the start. */
    TOO_FAR,
    /** The function failed to evaluate. */
    EVALUATION_FAILED
}
