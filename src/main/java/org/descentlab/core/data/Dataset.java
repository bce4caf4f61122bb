package org.descentlab.core.data;

import java.util.List;

import org.descentlab.core.Validate;

/**
 * A table of numbers with named columns, as a dataset CSV holds it: at least one row, at most
 * {@link #MAX_ROWS}, every value finite. Immutable.
 */
public final class Dataset {

    /** The most rows a dataset may have. */
    public static final int MAX_ROWS = 100_000;

    private final List<String> columns;
    private final double[][] rows;

    /** @throws IllegalArgumentException for no rows, too many, or a row of the wrong width */
    public Dataset(List<String> columns, double[][] rows) {
        this.columns = List.copyOf(columns);
        Validate.isTrue(rows.length >= 1 && rows.length <= MAX_ROWS, "a dataset has 1 to " + MAX_ROWS + " rows, got " + rows.length);
        this.rows = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            Validate.isTrue(rows[i].length == this.columns.size(), "row " + (i + 1) + " has " + rows[i].length + " values, not "
                    + this.columns.size());
            this.rows[i] = rows[i].clone();
        }
    }

    public List<String> columns() {
        return columns;
    }

    /** How many rows. */
    public int size() {
        return rows.length;
    }

    /** Row {@code i} (0-based), as the array itself: read it, do not change it. */
    double[] row(int i) {
        return rows[i];
    }

    /** The value in row {@code i} (0-based) and column {@code column}. */
    public double value(int i, int column) {
        return rows[i][column];
    }
}
