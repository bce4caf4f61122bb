package org.descentlab.core.expr;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.descentlab.core.Validate;

/**
 * A per-sample loss: an expression in the parameters x, y and the named columns of a data row, read by the
 * same grammar as a function ({@link Expressions}), so {@code (x*u + y - v)^2} and
 * {@code log(1 + exp(-s*(x*u + y)))} read as they would with u, v, s numbers. Evaluated by the
 * interpreter, unsimplified: every row gives its own values. Immutable and safe to use from many threads.
 */
public final class SampleLoss {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final String text;
    private final List<String> columns;
    private final Node tree;

    private SampleLoss(String text, List<String> columns, Node tree) {
        this.text = text;
        this.columns = columns;
        this.tree = tree;
    }

    /**
     * Reads {@code text} with the variables x, y and {@code columns}; column k is {@code row[k]} in
     * {@link #value}.
     *
     * @throws IllegalArgumentException "loss does not read: …" with the column of the mistake, or naming a
     *                                  column that cannot be a variable
     */
    public static SampleLoss read(String text, List<String> columns) {
        Validate.notNull("loss", text);
        List<String> names = List.copyOf(columns);
        for (String c : names) {
            columnProblem(c).ifPresent(p -> {
                throw new IllegalArgumentException(p);
            });
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("loss does not read: the loss is empty");
        }
        if (text.length() > Expressions.MAX_LENGTH) {
            throw new IllegalArgumentException("loss does not read: it is " + text.length() + " characters, at most "
                    + Expressions.MAX_LENGTH);
        }
        try {
            List<Token> tokens = Lexer.tokenize(Expressions.normalized(text), names);
            Grammar.check(tokens);
            return new SampleLoss(text, names, TreeBuilder.build(tokens, names));
        } catch (Lexer.ParseException e) {
            throw new IllegalArgumentException("loss does not read: " + e.error().describe());
        } catch (RuntimeException | StackOverflowError e) {
            throw new IllegalArgumentException("loss does not read: please check it (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Why a column header cannot be a variable of a loss (x, y, a constant, a function, not a name), if it cannot. */
    public static Optional<String> columnProblem(String name) {
        if (!NAME.matcher(name).matches()) {
            return Optional.of("column '" + name + "' is not a name: letters, digits and _, starting with a letter");
        }
        if (Names.isKnown(name) || Names.CONSTANTS.containsKey(name)) {
            return Optional.of("column '" + name + "' cannot be named so: x, y, pi, e and function names are taken");
        }
        return Optional.empty();
    }

    /** The loss at the parameters (x, y) on one data row, {@code row[k]} being column k. IEEE, never throws. */
    public double value(double x, double y, double[] row) {
        return Interpreter.eval(tree, x, y, row);
    }

    /** The text as typed. */
    public String text() {
        return text;
    }

    /** The column names, in the order of a row. */
    public List<String> columns() {
        return columns;
    }

    @Override
    public String toString() {
        return text;
    }
}
