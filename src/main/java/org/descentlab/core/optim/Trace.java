package org.descentlab.core.optim;

/**
 * Where a stepper writes its update rule, line by line, with the values it computed, as it computes
 * them. Runs pass {@link #OFF}; a replay that explains one step passes a recorder for that step only. A
 * stepper guards with {@link #on()} any line whose value it would compute only to show it.
 */
public interface Trace {

    /** Records nothing: {@link #on()} is false and every other method does nothing. */
    Trace OFF = new Trace() {
        @Override
        public boolean on() {
            return false;
        }

        @Override
        public void line(String rule, double x, double y) {
        }

        @Override
        public void line(String rule, double value) {
        }

        @Override
        public void line(String rule, double[] values) {
        }

        @Override
        public void state(String rule, String part, double x, double y) {
        }

        @Override
        public void state(String rule, String part, double value) {
        }

        @Override
        public String toString() {
            return "Trace.OFF";
        }
    };

    /** Whether lines are being recorded. */
    boolean on();

    /** A computed pair, e.g. "m̂ = m / (1 − β1ᵗ)" with (m̂_x, m̂_y). */
    void line(String rule, double x, double y);

    /** A computed number, e.g. "α_t = lr·√(1 − β2ᵗ) / (1 − β1ᵗ)". */
    void line(String rule, double value);

    /** Several computed numbers, e.g. Newton's Hessian [hxx, hxy, hyy]; the recorder copies them. */
    void line(String rule, double[] values);

    /** A line that updates part {@code part} (a key of {@link OptimizerState#parts()}) of the state, e.g. "m". */
    void state(String rule, String part, double x, double y);

    /** A line that updates a one-number part of the state, e.g. "mu_product". */
    void state(String rule, String part, double value);
}
