package org.descentlab.core.field;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.descentlab.core.NumberText;
import org.descentlab.core.Validate;

/**
 * How a run takes the gradient of its field: central or forward differences, with an automatic or a
 * fixed step h.
 * <pre>
 *   central: ∂f/∂xᵢ ≈ (f(x + hᵢeᵢ) − f(x − hᵢeᵢ)) / (2hᵢ)   error ∝ h² (truncation) + ε/h (rounding)
 *   forward: ∂f/∂xᵢ ≈ (f(x + hᵢeᵢ) − f(x)) / hᵢ            error ∝ h (truncation) + ε/h (rounding)
 * </pre>
 * The automatic step balances the two errors: {@code hᵢ = ∛ε·max(1, |xᵢ|)} ≈ 6.06e-6 for central
 * differences, {@code hᵢ = √ε·max(1, |xᵢ|)} ≈ 1.49e-8 for forward ones (ε = 2⁻⁵²). A fixed step is the
 * same h for both coordinates at every point. As in {@link Derivatives}, the divisor is the distance
 * between the points actually evaluated. {@link #DEFAULT}, central with the automatic step, is
 * {@link Derivatives#gradient} itself, bit for bit.
 *
 * @param scheme central or forward
 * @param h      the fixed step, a finite number &gt; 0, or {@link #AUTO} (0) for the automatic one
 */
public record Differences(Scheme scheme, double h) {

    /** The h of the automatic step. */
    public static final double AUTO = 0;
    /** The automatic step as run specs and files say it. */
    public static final String AUTO_TEXT = "auto";
    /** √(2⁻⁵²) ≈ 1.49e-8, the automatic step of forward differences at |x| ≤ 1. */
    public static final double FORWARD_STEP = Math.sqrt(Math.ulp(1.0));
    /** Central differences with the automatic step: what every run used before there was a choice. */
    public static final Differences DEFAULT = new Differences(Scheme.CENTRAL, AUTO);

    /** Central or forward differences. */
    public enum Scheme {
        CENTRAL, FORWARD;

        /** "central" or "forward", as run specs and files say it. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Scheme> byId(String id) {
            return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
        }

        /** @throws IllegalArgumentException naming the field and what is accepted */
        public static Scheme require(String id) {
            return byId(id).orElseThrow(() -> new IllegalArgumentException(
                    "diff must be central or forward, got '" + id + "'"));
        }

        /** The automatic step's factor at |x| ≤ 1: ∛ε for central, √ε for forward differences. */
        public double autoFactor() {
            return this == CENTRAL ? Derivatives.GRADIENT_STEP : FORWARD_STEP;
        }
    }

    public Differences {
        Validate.notNull("diff", scheme);
        Validate.isTrue(h == AUTO || h > 0 && Double.isFinite(h), "h must be auto or a finite number > 0, got "
                + NumberText.exact(h));
    }

    /** With the automatic step. */
    public static Differences auto(Scheme scheme) {
        return new Differences(scheme, AUTO);
    }

    /** With the fixed step {@code h} &gt; 0. */
    public static Differences fixed(Scheme scheme, double h) {
        Validate.isTrue(h > 0, "h must be auto or a finite number > 0, got " + NumberText.exact(h));
        return new Differences(scheme, h);
    }

    public boolean isAuto() {
        return h == AUTO;
    }

    public Differences withScheme(Scheme s) {
        return new Differences(s, h);
    }

    /** The step as a spec writes it: "auto" or the number, "0.5". */
    public String stepText() {
        return isAuto() ? AUTO_TEXT : NumberText.exact(h);
    }

    /**
     * Reads "auto" or a number &gt; 0 as the step of this scheme.
     *
     * @throws IllegalArgumentException naming h and what is accepted
     */
    public Differences withStepText(String text) {
        String t = text.strip();
        if (t.equals(AUTO_TEXT)) {
            return auto(scheme);
        }
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("h must be auto or a finite number > 0, got '" + text + "'");
        }
        return fixed(scheme, v);
    }

    /** The step hᵢ this method takes along a coordinate that is {@code at} here. */
    public double step(double at) {
        return isAuto() ? scheme.autoFactor() * Math.max(1.0, Math.abs(at)) : h;
    }

    /** Writes the gradient (∂f/∂x, ∂f/∂y) at (x, y) by this method into {@code out[0..1]}. */
    public void gradient(ScalarField f, double x, double y, double[] out) {
        if (scheme == Scheme.CENTRAL && isAuto()) {
            Derivatives.gradient(f, x, y, out);
            return;
        }
        double xp = x + step(x);
        double yp = y + step(y);
        if (scheme == Scheme.CENTRAL) {
            double xm = x - step(x);
            double ym = y - step(y);
            out[0] = (f.value(xp, y) - f.value(xm, y)) / (xp - xm);
            out[1] = (f.value(x, yp) - f.value(x, ym)) / (yp - ym);
        } else {
            double f0 = f.value(x, y);
            out[0] = (f.value(xp, y) - f0) / (xp - x);
            out[1] = (f.value(x, yp) - f0) / (yp - y);
        }
    }

    /** The gradient as a new array. */
    public double[] gradient(ScalarField f, double x, double y) {
        double[] g = new double[2];
        gradient(f, x, y, g);
        return g;
    }
}
