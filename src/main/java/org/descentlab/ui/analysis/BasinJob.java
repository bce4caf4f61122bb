package org.descentlab.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.descentlab.core.analysis.BasinMap;
import org.descentlab.core.analysis.ManyStarts;
import org.descentlab.core.analysis.CriticalPoints;
import org.descentlab.core.analysis.Progress;
import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.run.RunConfig;
import org.descentlab.ui.base.Background;

/** What a request for basin maps depends on, and the work that makes them, off the FX thread. */
final class BasinJob {

    private BasinJob() {
    }

    /** What the maps are for: a run's settings, its start aside (every cell has its own). */
    record Target(int run, RunConfig config) {
    }

    /**
     * The most runs the maps of one request may make in all: four maps of 512² cells. Each run's end takes
     * about 110 bytes, so the maps in memory stay near 115 MB.
     */
    static final long MAX_TOTAL_RUNS = 4L * ManyStarts.MAX_RUNS;

    /** Everything the maps depend on. */
    record Request(String function, Domain domain, int cells, int seeds, List<Target> targets) {
        /** The runs of every map, runs alike counted once (they share a map). */
        long total() {
            List<RunConfig> distinct = targets.stream().map(Target::config).distinct().toList();
            long n = 0;
            for (RunConfig c : distinct) {
                n += (long) cells * cells * BasinMap.seedsFor(c, seeds);
            }
            return n;
        }

        /** The runs of the largest map. */
        long runs() {
            long n = 0;
            for (Target t : targets) {
                n = Math.max(n, (long) cells * cells * BasinMap.seedsFor(t.config(), seeds));
            }
            return n;
        }
    }

    /**
     * On the worker: the minima once, then the map of every target not kept (runs alike share one);
     * progress across all of them.
     */
    static List<BasinsViewModel.RunMap> compute(CompiledFunction f, Request r, List<BasinsViewModel.RunMap> kept,
            Background.Progress p) {
        List<RunConfig> todo = new ArrayList<>();
        for (Target t : r.targets()) {
            if (keptFor(kept, t.config()) == null && !todo.contains(t.config())) {
                todo.add(t.config());
            }
        }
        List<CriticalPoints.Point> minima = todo.isEmpty() ? List.of() : BasinMap.minima(f, r.domain());
        List<BasinsViewModel.RunMap> out = new ArrayList<>();
        for (Target t : r.targets()) {
            BasinsViewModel.RunMap old = keptFor(kept, t.config());
            if (old == null) {
                old = keptFor(out, t.config());
            }
            if (old != null) {
                out.add(new BasinsViewModel.RunMap(t.run(), old.map(), old.function()));
                continue;
            }
            if (p.cancelled()) {
                throw new CancellationException();
            }
            int before = todo.indexOf(t.config());
            int of = todo.size();
            BasinMap map = BasinMap.compute(f, t.config(), r.domain(), r.cells(), r.seeds(), minima, new Progress() {
                @Override
                public boolean cancelled() {
                    return p.cancelled();
                }

                @Override
                public void done(int finished, int total) {
                    p.progress((before + finished / (double) total) / of);
                }
            });
            out.add(new BasinsViewModel.RunMap(t.run(), map, f));
        }
        return List.copyOf(out);
    }

    private static BasinsViewModel.RunMap keptFor(List<BasinsViewModel.RunMap> kept, RunConfig config) {
        for (BasinsViewModel.RunMap m : kept) {
            if (m.map().run().equals(config)) {
                return m;
            }
        }
        return null;
    }
}
