package org.descentlab.core.export;

/**
 * The pieces of the CSV files the app and the command line write: numbers as {@link Double#toString} writes
 * them (every digit, whatever the locale), text quoted as RFC 4180 asks when it holds a comma, a quote or a
 * line break.
 */
final class Csv {

    private Csv() {
    }

    /** {@code text} as one field. */
    static String text(String text) {
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** A number, or an empty field for NaN: where a value is absent rather than undefined. */
    static void numberOrEmpty(StringBuilder row, double value) {
        if (!Double.isNaN(value)) {
            row.append(value);
        }
    }
}
