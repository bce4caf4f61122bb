package org.descentlab.core.expr;

import org.descentlab.core.Validate;

/**
 * Something that parsed but may not mean what the user expects.
 *
 * @param message what was read, in plain words
 * @param column  1-based column it concerns, or 0 for the whole expression
 */
public record ParseWarning(String message, int column) {

    public ParseWarning {
        Validate.notNull("message", message);
    }
}
