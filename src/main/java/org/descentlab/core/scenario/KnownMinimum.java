package org.descentlab.core.scenario;

import org.descentlab.core.Validate;
import org.descentlab.core.Vec2;

/**
 * A minimum the scenario's author knows of.
 *
 * @param at     where it is
 * @param global whether it is a global minimum (the lowest value of f anywhere)
 */
public record KnownMinimum(Vec2 at, boolean global) {

    public KnownMinimum {
        Validate.notNull("at", at);
        Validate.isTrue(at.isFinite(), "a minimum must be at two finite numbers, got " + at);
    }
}
