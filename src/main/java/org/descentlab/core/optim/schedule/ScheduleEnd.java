package org.descentlab.core.optim.schedule;

/**
 * A schedule that cannot be stepped further: PyTorch's OneCycleLR past total_steps, or scikit-learn's adaptive rate
 * where the fit ends. The run ends there, at its step limit.
 */
public final class ScheduleEnd extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ScheduleEnd(String message) {
        super(message, null, false, false);
    }
}
