package org.descentlab.core.scenario;

/**
 * A scenario file that cannot be read at all: not JSON, cut short, too large, made by a newer version,
 * an unknown field or a value of the wrong type. The message says what and where, in the user's words.
 */
public final class ScenarioException extends Exception {

    private static final long serialVersionUID = 1L;

    public ScenarioException(String message) {
        super(message, null, false, false);
    }
}
