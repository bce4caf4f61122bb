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
 * <li>otherwise f_end &gt; f₀ (f grew; f = +∞ included) is {@link #OVERSHOOT}; for a run that maximizes (torch's
 * {@code maximize=True}) every "f grew" and "f fell" here is the other way round: it overshot where f fell, and ran
 * off correctly, unbounded, where f grew without bound;</li>
 * <li>otherwise, if the run swings with growing amplitude, {@link #OVERSHOOT} too, even where f falls in
 * another direction (on a saddle): in its last {@value #SWING_STEPS} steps up to the stop (all of them if
 * fewer, and at least 3), the step's x component, or its y component, changes sign at every step while its
 * magnitude grows;</li>
 * <li>otherwise, if the point ran away (it went too far from the start, became infinite, or f fell to
 * −∞), {@link #UNBOUNDED};</li>
 * <li>otherwise (f is NaN, ∇f is not finite, or f failed, at a point reached without f growing)
 * {@link #UNDEFINED}.</li>
 * </ol>
 */
public enum Divergence {
    /** f grew as the point ran away, or it swung with growing amplitude: the steps are too large. */
    OVERSHOOT,
    /** f fell as the point ran away: the function has no minimum that way, and running off is correct. */
    UNBOUNDED,
    /** f or ∇f is not finite at a point reached without f growing (always so at step 0). */
    UNDEFINED;

    /** How many of the last steps are looked at for a growing swing. */
    static final int SWING_STEPS = 6;

    /** The word used on the command line: overshoot, unbounded, undefined. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The cause of a divergence at row {@code step} of {@code t}, by the rule above.
     *
     * @param ranAway whether the point ran away: too far, not finite, or f = −∞ there (+∞ for a run that climbs)
     * @param climbs  whether the run maximizes f
     */
    static Divergence of(Trajectory t, int step, boolean ranAway, boolean climbs) {
        if (step == 0 || t.size() == 0) {
            return UNDEFINED;
        }
        int last = Math.min(step, t.lastStep());
        while (last > 0 && Double.isNaN(t.f(last))) {
            last--;
        }
        boolean worse = climbs ? t.f(last) < t.f(0) : t.f(last) > t.f(0);
        if (worse || swingsWider(t, step)) {
            return OVERSHOOT;
        }
        return ranAway ? UNBOUNDED : UNDEFINED;
    }

    /**
     * Whether, in the last {@link #SWING_STEPS} steps up to row {@code step} (those between finite points), x or
     * y steps back and forth further each time: x ← −2x does so, x ← 0.9x does not.
     */
    private static boolean swingsWider(Trajectory t, int step) {
        int last = Math.min(step, t.lastStep());
        while (last > 0 && !(Double.isFinite(t.x(last)) && Double.isFinite(t.y(last)))) {
            last--;
        }
        int first = Math.max(1, last - SWING_STEPS + 1);
        if (last - first + 1 < 3) {
            return false;
        }
        boolean x = true;
        boolean y = true;
        for (int k = first + 1; k <= last; k++) {
            x &= flipsWider(t.x(k - 1) - t.x(k - 2), t.x(k) - t.x(k - 1));
            y &= flipsWider(t.y(k - 1) - t.y(k - 2), t.y(k) - t.y(k - 1));
        }
        return x || y;
    }

    /** Whether {@code next} points the other way from {@code previous} and is longer. */
    private static boolean flipsWider(double previous, double next) {
        return previous * next < 0 && Math.abs(next) > Math.abs(previous);
    }
}
