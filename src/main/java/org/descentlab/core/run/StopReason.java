package org.descentlab.core.run;

import java.util.Locale;

/** Why a run ended. */
public enum StopReason {
    CONVERGED, MAX_STEPS, DIVERGED;

    /** The word used on the command line and in files: converged, max-steps, diverged. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
