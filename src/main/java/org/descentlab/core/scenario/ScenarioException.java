package org.descentlab.core.scenario;

import org.descentlab.core.Texts;

/**
 * A scenario file that cannot be read at all: not JSON, cut short, too large, made by a newer version,
 * an unknown field or a value of the wrong type. The message says what and where, in the user's words,
 * with any control character the file put in it shown escaped.
 */
public final class ScenarioException extends Exception {

    private static final long serialVersionUID = 1L;

    public ScenarioException(String message) {
        super(Texts.escapeControls(message), null, false, false);
    }
}
