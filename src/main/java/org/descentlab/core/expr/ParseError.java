package org.descentlab.core.expr;

import org.descentlab.core.Validate;

/**
 * Why a typed function could not be read, in plain words.
 *
 * @param message what is wrong and, where possible, how to fix it
 * @param column  1-based column of the offending text, or 0 where no single place is to blame
 * @param offendingText the text at fault (empty where there is none, e.g. for empty input)
 */
public record ParseError(String message, int column, String offendingText) {

    public ParseError {
        Validate.notNull("message", message);
        Validate.notNull("offendingText", offendingText);
        if (column < 0) {
            throw new IllegalArgumentException("column must be >= 0, got " + column);
        }
    }

    public boolean hasColumn() {
        return column > 0;
    }

    /** The message with {@code " (column N)"} appended where the column is known. */
    public String describe() {
        return hasColumn() ? message + " (column " + column + ")" : message;
    }
}
