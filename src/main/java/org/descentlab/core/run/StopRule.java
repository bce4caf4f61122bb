package org.descentlab.core.run;

import java.util.List;
import java.util.Optional;

/** Decides, row by row, whether a run stops there. */
@FunctionalInterface
public interface StopRule {

    /** Looks at the last row of {@code t}; a stop, or empty to go on. */
    Optional<Stop> check(Trajectory t, RunConfig config);

    /** The fixed order: diverged, then converged, then the step limit. */
    static List<StopRule> standard() {
        return List.of(StopRules::diverged, StopRules::converged, StopRules::stepLimit);
    }
}
