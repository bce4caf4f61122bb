package org.descentlab.cli;

import java.io.PrintWriter;

import org.descentlab.core.NumberText;
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

    /**
     * A number above 0 that a double holds as itself: finite and normal, at least {@link Double#MIN_NORMAL}; the
     * message quotes the text as typed, for "1e-400" reads as 0.
     */
    static double positive(String option, String text) {
        double v;
        try {
            v = Double.parseDouble(Texts.strip(text));
        } catch (NumberFormatException e) {
            throw new InputException(option + " must be a number > 0, got '" + text + "'");
        }
        if (NumberText.underflows(text, v)) {
            throw new InputException(option + " '" + text + "' is too small for a double (it reads as " + NumberText.exact(v)
                    + "): it must be a positive normal number, at least " + NumberText.exact(Double.MIN_NORMAL));
        }
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new InputException(option + " must be a finite number > 0, got '" + text + "'");
        }
        return v;
    }
}
