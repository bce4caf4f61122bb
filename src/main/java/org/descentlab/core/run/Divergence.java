package org.descentlab.core.run;

import java.util.Locale;

/**
 * Why a run diverged, so that what is said about it fits the cause: a smaller learning rate helps a run
 * that overshot, not one on a function with no minimum, nor one that started where f is not defined.
 *
 * <p>Decided from the trajectory ({@link #of}), with f₀ = f at the start and f_end = f at the last row,
 * up to the one that stopped the run, where f is not NaN:
 * <ol>
 * <li>a divergence at step 0 is {@link #UNDEFINED}: the start is a finite point, so f or ∇f is not finite
 * there (or f failed) and no step, so no learning rate, played a part;</li>
 * <li>otherwise f_end &gt; f₀ (f grew; f = +∞ included) is {@link #OVERSHOOT};</li>
 * <li>otherwise, if the point ran away (it went too far from the start, became infinite, or f fell to
 * −∞), {@link #UNBOUNDED};</li>
 * <li>otherwise (f is NaN, ∇f is not finite, or f failed, at a point reached without f growing)
 * {@link #UNDEFINED}.</li>
 * </ol>
 */
public enum Divergence {
    /** f grew as the point ran away: the steps are too large. */
    OVERSHOOT,
    /** f fell as the point ran away: the function has no minimum that way, and running off is correct. */
    UNBOUNDED,
    /** f or ∇f is not finite at a point reached without f growing (always so at step 0). */
    UNDEFINED;

    /** The word used on the command line: overshoot, unbounded, undefined. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The cause of a divergence at row {@code step} of {@code t}, by the rule above.
     *
     * @param ranAway whether the point ran away: too far, not finite, or f = −∞ there
     */
    static Divergence of(Trajectory t, int step, boolean ranAway) {
        if (step == 0 || t.size() == 0) {
            return UNDEFINED;
        }
        int last = Math.min(step, t.lastStep());
        while (last > 0 && Double.isNaN(t.f(last))) {
            last--;
        }
        if (t.f(last) > t.f(0)) {
            return OVERSHOOT;
        }
        return ranAway ? UNBOUNDED : UNDEFINED;
    }
}
