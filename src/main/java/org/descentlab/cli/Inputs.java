package org.descentlab.cli;

import java.io.PrintWriter;

import org.descentlab.core.Texts;
import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.expr.ParseWarning;

/** Reading the inputs commands share. */
final class Inputs {

    private Inputs() {
    }

    /** The compiled function, its warnings printed as {@code warning:} lines; a bad one throws. */
    static CompiledFunction function(String text, PrintWriter warnings) {
        ParseResult result = Expressions.parse(text);
        if (result instanceof ParseResult.Failure failure) {
            throw new InputException(failure.error().describe());
        }
        for (ParseWarning w : result.warnings()) {
            warnings.println("warning: " + Texts.escapeControls(w.message()));
        }
        return ((ParseResult.Success) result).function();
    }

    /** "X,Y" as two finite numbers. */
    static double[] point(String option, String text) {
        String[] parts = text.split(",", -1);
        if (parts.length == 2) {
            try {
                double x = Double.parseDouble(Texts.strip(parts[0]));
                double y = Double.parseDouble(Texts.strip(parts[1]));
                if (Double.isFinite(x) && Double.isFinite(y)) {
                    return new double[] {x, y};
                }
            } catch (NumberFormatException e) {
                // falls through to the message below
            }
        }
        throw new InputException(option + " must be X,Y (two finite numbers), got '" + text + "'");
    }
}
