package org.descentlab.core.run;

import static org.descentlab.core.NumberText.rounded;

import java.util.Locale;

/**
 * How a run stood where it stopped without converging (at its step limit, or where its schedule ends): still
 * moving, nearly still, or held still by a schedule whose learning rate fell to about zero. Judged by the
 * gradient and the rate, not by the length of the last step: a point whose rate has all but vanished takes
 * tiny steps on a steep slope, and one on a plateau takes tiny steps with a sound rate.
 *
 * @param kind         which of the three
 * @param gradNorm     ‖∇f‖ at the last row
 * @param learningRate the rate of the last update; NaN when there was none
 * @param peakRate     the largest rate of any update of the run; NaN when there was none
 */
public record Standing(Kind kind, double gradNorm, double learningRate, double peakRate) {

    /** ‖∇f‖ within this many times the tolerance (or 1e-12) is nearly still. */
    public static final double NEAR = 10;
    /** A last rate at most this part of the run's largest is about zero: the point is frozen where it is. */
    public static final double VANISHED = 1e-3;

    /** The three ways to stand. */
    public enum Kind {
        /** ‖∇f‖ is well above the tolerance and the rate has not vanished: more steps would move the point. */
        MOVING,
        /** ‖∇f‖ is within {@link #NEAR} times the tolerance: at rest, or almost. */
        NEARLY_STILL,
        /**
         * The schedule brought the rate to at most {@link #VANISHED} of its peak while ‖∇f‖ is well above the
         * tolerance: the point is frozen short of a stationary point.
         */
        RATE_VANISHED;

        /** As written on the command line: moving, nearly-still, rate-vanished. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * How a run stands at its last row.
     *
     * @param tolerance the run's tolerance on ‖∇f‖ (0 for none)
     */
    public static Standing of(double gradNorm, double tolerance, double learningRate, double peakRate) {
        Kind kind;
        if (gradNorm <= NEAR * Math.max(tolerance, 1e-12)) {
            kind = Kind.NEARLY_STILL;
        } else if (peakRate > 0 && learningRate <= VANISHED * peakRate) {
            kind = Kind.RATE_VANISHED;
        } else {
            kind = Kind.MOVING;
        }
        return new Standing(kind, gradNorm, learningRate, peakRate);
    }

    /**
     * In words, for the command line: "still moving, |grad f| = 0.3", "nearly still, |grad f| = 2e-6", "at a
     * stationary point, |grad f| = 0", "frozen,
     * the learning rate fell to ~0 (4e-7, peak 0.1), |grad f| = 0.0167".
     */
    public String text() {
        String grad = "|grad f| = " + rounded(gradNorm, 3);
        return switch (kind) {
            case MOVING -> "still moving, " + grad;
            // ∇f exactly 0 (a run under --tol 0 resting at its minimum) is no "nearly"
            case NEARLY_STILL -> gradNorm == 0 ? "at a stationary point, " + grad : "nearly still, " + grad;
            case RATE_VANISHED -> "frozen, the learning rate fell to ~0 (" + rounded(learningRate, 3) + ", peak "
                    + rounded(peakRate, 3) + "), " + grad;
        };
    }
}
