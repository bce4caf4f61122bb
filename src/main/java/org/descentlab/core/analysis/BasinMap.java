package org.descentlab.core.analysis;

import java.util.List;

import org.descentlab.core.Validate;
import org.descentlab.core.Vec2;
import org.descentlab.core.field.ScalarField;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.run.RunConfig;

/**
 * A basin-of-attraction map: one run's settings started from the centre of every cell of an N×N grid
 * over a domain, each cell labelled with the minimum its run reached (or diverged, still moving,
 * elsewhere). With gradient noise a cell runs several seeds, and its label is the share of each.
 *
 * @param domain  the domain the cells cover, which is where the map belongs when drawn
 * @param cells   cells per side
 * @param run     the run's settings, its start aside: what a cell's run is from the cell's centre
 * @param endings every cell's runs, cell by cell in the order of {@link ManyStarts#grid}
 */
public record BasinMap(Domain domain, int cells, RunConfig run, Endings endings) {

    public BasinMap {
        Validate.notNull("domain", domain);
        Validate.notNull("run", run);
        Validate.notNull("endings", endings);
        Validate.isTrue(endings.starts() == cells * cells, "a map of " + cells + "² cells has as many starts, got "
                + endings.starts());
    }

    /** The minima of {@code field} in {@code d} the cells are matched with: {@link CriticalPoints}' minima, in its order. */
    public static List<CriticalPoints.Point> minima(ScalarField field, Domain d) {
        return CriticalPoints.find(field, d).stream().filter(p -> p.kind() == CriticalPoints.Kind.MINIMUM).toList();
    }

    /** Noise seeds per cell: {@code asked} when the run has gradient noise, else one (every seed would run alike). */
    public static int seedsFor(RunConfig run, int asked) {
        return run.noise() > 0 ? asked : 1;
    }

    /**
     * The map of {@code run} over {@code d}: {@code cells}² starts, {@link #seedsFor} seeds each, matched with
     * {@code minima} within {@link ManyStarts#radius}.
     *
     * @throws java.util.concurrent.CancellationException once {@code progress} says cancelled
     */
    public static BasinMap compute(ScalarField field, RunConfig run, Domain d, int cells, int seeds,
            List<CriticalPoints.Point> minima, Progress progress) {
        List<Vec2> starts = ManyStarts.grid(d, cells);
        Endings endings = ManyStarts.run(field, run, starts, seedsFor(run, seeds), minima, ManyStarts.radius(d, run), progress);
        return new BasinMap(d, cells, run, endings);
    }

    /** The cell (i across, j up from ymin) holding the plane point, as an index into the starts; −1 outside. */
    public int cellAt(double x, double y) {
        double u = (x - domain.xmin()) / domain.width();
        double v = (y - domain.ymin()) / domain.height();
        if (!(u >= 0 && u <= 1 && v >= 0 && v <= 1)) {
            return -1;
        }
        int i = Math.min(cells - 1, (int) (u * cells));
        int j = Math.min(cells - 1, (int) (v * cells));
        return j * cells + i;
    }

    /** The centre of cell {@code k}: where its runs start. */
    public Vec2 centre(int k) {
        int i = k % cells;
        int j = k / cells;
        return new Vec2(domain.xmin() + (i + 0.5) * domain.width() / cells, domain.ymin() + (j + 0.5) * domain.height() / cells);
    }

    /** Runs per cell. */
    public int seeds() {
        return endings.seeds();
    }

    /** The minima the cells are labelled with. */
    public List<CriticalPoints.Point> minima() {
        return endings.minima();
    }

    /** The run of cell {@code k} with its {@code s}-th seed, exactly as the map ran it. */
    public RunConfig cellRun(int k, int s) {
        Vec2 c = centre(k);
        return run.withStart(c.x(), c.y()).withSeed(run.seed() + s);
    }
}
