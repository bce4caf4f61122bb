package org.descentlab.ui.landscape;

import org.descentlab.core.data.DatasetLoss;
import org.descentlab.core.field.RowSampler;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.raster.Grid;
import org.descentlab.core.raster.LatticeField;
import org.descentlab.ui.experiment.Experiment;

/**
 * What the window draws of a dataset's landscape over a domain: a mean over hundreds of rows at every pixel
 * would take seconds, so the mean is taken at the points of a lattice of at most {@link #EVALUATIONS} loss
 * evaluations in all (and never more points than pixels) and read smoothly between them
 * ({@link LatticeField}). The lattice is sampled on first use, on the thread that draws. Hover values and
 * runs use the exact mean.
 */
public final class DatasetPicture implements RowSampler {

    /** The most loss evaluations a lattice takes: its points times the rows it averages over. */
    public static final long EVALUATIONS = 2_000_000;
    /** The fewest points a lattice has across and up, however many rows there are. */
    public static final int MIN_SIDE = 24;

    private final DatasetLoss loss;
    private final Grid lattice;
    private LatticeField sampled;

    private DatasetPicture(DatasetLoss loss, Grid lattice) {
        this.loss = loss;
        this.lattice = lattice;
    }

    /**
     * What to sample for a picture of {@code width × height} pixels over {@code d}: the function itself, the
     * picture's rows themselves when a lattice would not be coarser than the pixels, or a lattice over them.
     */
    public static RowSampler of(Experiment experiment, Domain d, int width, int height) {
        DatasetLoss loss = experiment.pictureData();
        if (loss == null) {
            return experiment.function();
        }
        Grid lattice = lattice(d, loss.rows(), width, height);
        return lattice == null ? loss : new DatasetPicture(loss, lattice);
    }

    /** The lattice over {@code d} for a mean over {@code rows}, or null when the pixels are fewer than its points. */
    static Grid lattice(Domain d, int rows, int width, int height) {
        long points = Math.max((long) MIN_SIDE * MIN_SIDE, EVALUATIONS / Math.max(1, rows));
        if ((long) width * height <= points) {
            return null;
        }
        double aspect = width / (double) height;
        int nx = (int) Math.max(2, Math.min(width, Math.round(Math.sqrt(points * aspect))));
        int ny = (int) Math.max(2, Math.min(height, points / nx));
        return new Grid(d.xmin(), d.xmax(), d.ymin(), d.ymax(), nx, ny);
    }

    private synchronized LatticeField sampled() {
        if (sampled == null) {
            sampled = LatticeField.sample(loss, lattice, () -> false);
        }
        return sampled;
    }

    @Override
    public void sampleRow(double y, double x0, double dx, int n, double[] out, int offset) {
        sampled().sampleRow(y, x0, dx, n, out, offset);
    }
}
