package org.descentlab.core.optim;

import java.util.Map;

/**
 * What an optimizer remembers between updates (velocity, moments), as a value: each optimizer's
 * {@code State} record, or {@link #NONE} for those that remember nothing (gradient descent, Newton).
 */
public interface OptimizerState {

    /** The state of an optimizer that keeps none. */
    OptimizerState NONE = new OptimizerState() {
        @Override
        public Map<String, double[]> parts() {
            return Map.of();
        }

        @Override
        public String toString() {
            return "OptimizerState.NONE";
        }
    };

    /**
     * The parts by name in a stable order, e.g. "m" → {m_x, m_y}, "mu_product" → {Π}: the names a
     * {@link Trace#state} line uses. Fresh copies, so a caller cannot change the state.
     */
    Map<String, double[]> parts();
}
