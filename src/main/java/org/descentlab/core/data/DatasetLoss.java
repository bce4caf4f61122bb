package org.descentlab.core.data;

import java.util.Locale;

import org.descentlab.core.Validate;
import org.descentlab.core.expr.SampleLoss;
import org.descentlab.core.field.RowSampler;
import org.descentlab.core.field.ScalarField;

/**
 * The landscape of a dataset: L(x, y) = (1/N)·Σᵢ loss(x, y, rowᵢ), the mean of a per-sample loss over the
 * rows, summed in ascending row order. A batch's field is the mean over its rows, summed the same way, so a
 * batch of every row is this field, bit for bit. Immutable.
 */
public final class DatasetLoss implements ScalarField, RowSampler {

    private final Dataset data;
    private final SampleLoss loss;
    private final int[] rows;

    private DatasetLoss(Dataset data, SampleLoss loss, int[] rows) {
        this.data = data;
        this.loss = loss;
        this.rows = rows;
    }

    /**
     * The mean of {@code lossText}, an expression in x, y and the data's columns, over every row.
     *
     * @throws IllegalArgumentException when the loss does not read, naming the column of the mistake
     */
    public static DatasetLoss of(Dataset data, String lossText) {
        Validate.notNull("data", data);
        int[] all = new int[data.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return new DatasetLoss(data, SampleLoss.read(lossText, data.columns()), all);
    }

    public Dataset data() {
        return data;
    }

    public SampleLoss loss() {
        return loss;
    }

    /** How many rows the mean is over. */
    public int rows() {
        return rows.length;
    }

    @Override
    public double value(double x, double y) {
        return mean(rows, x, y);
    }

    @Override
    public void sampleRow(double y, double x0, double dx, int n, double[] out, int offset) {
        for (int i = 0; i < n; i++) {
            out[offset + i] = mean(rows, x0 + i * dx, y);
        }
    }

    /**
     * The mean over the rows {@code batch} (0-based, ascending) of the whole dataset.
     *
     * @throws IllegalArgumentException unless they are ascending rows of the data
     */
    public ScalarField batch(int[] batch) {
        Validate.isTrue(batch.length >= 1, "a batch has at least one row");
        for (int i = 0; i < batch.length; i++) {
            Validate.isTrue(batch[i] >= 0 && batch[i] < data.size() && (i == 0 || batch[i] > batch[i - 1]),
                    "a batch's rows are ascending rows of the data");
        }
        int[] own = batch.clone();
        return (x, y) -> mean(own, x, y);
    }

    /**
     * The mean over at most {@code most} rows spread evenly through the data (row ⌊k·N/most⌋ for k &lt; most):
     * a quicker picture of the landscape; this field itself when it has no more rows.
     */
    public DatasetLoss sample(int most) {
        Validate.isTrue(most >= 1, "a sample has at least one row");
        if (most >= data.size()) {
            return this;
        }
        int[] some = new int[most];
        for (int k = 0; k < most; k++) {
            some[k] = (int) ((long) k * data.size() / most);
        }
        return new DatasetLoss(data, loss, some);
    }

    /** "mean over 1,000 of 20,000 rows", or "mean over 200 rows" when it is over all of them. */
    public String describe() {
        return rows.length == data.size() ? String.format(Locale.ROOT, "mean over %,d rows", rows.length)
                : String.format(Locale.ROOT, "mean over %,d of %,d rows", rows.length, data.size());
    }

    private double mean(int[] over, double x, double y) {
        double sum = 0;
        for (int r : over) {
            sum += loss.value(x, y, data.row(r));
        }
        return sum / over.length;
    }
}
