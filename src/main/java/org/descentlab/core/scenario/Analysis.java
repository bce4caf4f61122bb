package org.descentlab.core.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.descentlab.core.Validate;

/**
 * What is drawn over the landscape to show its shape and where descent ends: critical points, the
 * gradient field, the local geometry at the playhead, many starts and the basin-of-attraction map.
 * These are settings only; what they show is computed from the scenario (and recomputed on load).
 *
 * @param criticalPoints whether the minima, saddles and maxima in the view are found and drawn
 * @param gradientField  whether normalised arrows of −∇f are drawn on a grid
 * @param arrows         arrows across the plot's wider side, {@link #MIN_ARROWS} to {@link #MAX_ARROWS}
 * @param localGeometry  whether the Hessian's axes and the local quadratic model are drawn at the playhead
 * @param starts         many starts of the selected run: off, a regular grid, or seeded random starts
 * @param startCount     starts per side of the grid ({@code N×N} starts), or the number of random starts
 * @param startSeed      the seed of the random starts
 * @param basins         whether the basin-of-attraction map is drawn
 * @param basinGrid      start cells per side of the basin map, {@link #MIN_BASIN_GRID} to {@link #MAX_BASIN_GRID}
 * @param basinOpacity   how opaque the basin map is over the landscape, 0 to 1
 * @param basinSeeds     noise seeds per cell (K) when the run has gradient noise, 1 to {@link #MAX_BASIN_SEEDS}
 */
public record Analysis(boolean criticalPoints, boolean gradientField, int arrows, boolean localGeometry, Starts starts,
        int startCount, long startSeed, boolean basins, int basinGrid, double basinOpacity, int basinSeeds) {

    public static final int MIN_ARROWS = 4;
    public static final int MAX_ARROWS = 64;
    public static final int DEFAULT_ARROWS = 20;
    public static final int MAX_GRID_STARTS = 32;
    public static final int MAX_RANDOM_STARTS = 1024;
    public static final int DEFAULT_START_COUNT = 8;
    public static final int MIN_BASIN_GRID = 16;
    public static final int MAX_BASIN_GRID = 512;
    public static final int DEFAULT_BASIN_GRID = 128;
    public static final double DEFAULT_BASIN_OPACITY = 0.8;
    public static final int MAX_BASIN_SEEDS = 64;

    /** Nothing drawn: what a scenario without an analysis has. */
    public static final Analysis NONE = new Analysis(false, false, DEFAULT_ARROWS, false, Starts.OFF, DEFAULT_START_COUNT, 0,
            false, DEFAULT_BASIN_GRID, DEFAULT_BASIN_OPACITY, 1);

    /** Off, N×N cell centres, or N seeded random starts. */
    public enum Starts {
        OFF, GRID, RANDOM;

        /** As written in files: off, grid, random. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Starts> byId(String id) {
            return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
        }

        /** The largest start count this pattern takes. */
        public int maxCount() {
            return this == RANDOM ? MAX_RANDOM_STARTS : MAX_GRID_STARTS;
        }
    }

    public Analysis {
        Validate.notNull("starts", starts);
        Validate.isTrue(arrows >= MIN_ARROWS && arrows <= MAX_ARROWS,
                "arrows must be between " + MIN_ARROWS + " and " + MAX_ARROWS + ", got " + arrows);
        Validate.isTrue(startCount >= 1 && startCount <= starts.maxCount(),
                "start count must be between 1 and " + starts.maxCount() + ", got " + startCount);
        Validate.isTrue(basinGrid >= MIN_BASIN_GRID && basinGrid <= MAX_BASIN_GRID,
                "basin grid must be between " + MIN_BASIN_GRID + " and " + MAX_BASIN_GRID + ", got " + basinGrid);
        Validate.isTrue(basinOpacity >= 0 && basinOpacity <= 1, "basin opacity must be between 0 and 1, got " + basinOpacity);
        Validate.isTrue(basinSeeds >= 1 && basinSeeds <= MAX_BASIN_SEEDS,
                "basin seeds must be between 1 and " + MAX_BASIN_SEEDS + ", got " + basinSeeds);
    }

    /** How many starts the multi-start makes: N×N on a grid, N at random, 0 when off. */
    public int startTotal() {
        return switch (starts) {
            case OFF -> 0;
            case GRID -> startCount * startCount;
            case RANDOM -> startCount;
        };
    }

    public Analysis withCriticalPoints(boolean on) {
        return new Analysis(on, gradientField, arrows, localGeometry, starts, startCount, startSeed, basins, basinGrid,
                basinOpacity, basinSeeds);
    }

    public Analysis withGradientField(boolean on) {
        return new Analysis(criticalPoints, on, arrows, localGeometry, starts, startCount, startSeed, basins, basinGrid,
                basinOpacity, basinSeeds);
    }

    public Analysis withArrows(int n) {
        return new Analysis(criticalPoints, gradientField, n, localGeometry, starts, startCount, startSeed, basins, basinGrid,
                basinOpacity, basinSeeds);
    }

    public Analysis withLocalGeometry(boolean on) {
        return new Analysis(criticalPoints, gradientField, arrows, on, starts, startCount, startSeed, basins, basinGrid,
                basinOpacity, basinSeeds);
    }

    /** With this start pattern and count; a count the pattern does not take is brought into its range. */
    public Analysis withStarts(Starts s, int count) {
        int n = Math.max(1, Math.min(count, s.maxCount()));
        return new Analysis(criticalPoints, gradientField, arrows, localGeometry, s, n, startSeed, basins, basinGrid,
                basinOpacity, basinSeeds);
    }

    public Analysis withStartSeed(long seed) {
        return new Analysis(criticalPoints, gradientField, arrows, localGeometry, starts, startCount, seed, basins, basinGrid,
                basinOpacity, basinSeeds);
    }

    public Analysis withBasins(boolean on) {
        return new Analysis(criticalPoints, gradientField, arrows, localGeometry, starts, startCount, startSeed, on, basinGrid,
                basinOpacity, basinSeeds);
    }

    public Analysis withBasinGrid(int n) {
        return new Analysis(criticalPoints, gradientField, arrows, localGeometry, starts, startCount, startSeed, basins, n,
                basinOpacity, basinSeeds);
    }

    public Analysis withBasinOpacity(double a) {
        return new Analysis(criticalPoints, gradientField, arrows, localGeometry, starts, startCount, startSeed, basins,
                basinGrid, a, basinSeeds);
    }

    public Analysis withBasinSeeds(int k) {
        return new Analysis(criticalPoints, gradientField, arrows, localGeometry, starts, startCount, startSeed, basins,
                basinGrid, basinOpacity, k);
    }
}
