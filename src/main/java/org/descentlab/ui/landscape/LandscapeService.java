package org.descentlab.ui.landscape;

import java.util.function.Consumer;

import javafx.concurrent.Service;
import javafx.concurrent.Task;

import org.descentlab.core.field.RowSampler;
import org.descentlab.core.raster.Grid;
import org.descentlab.core.raster.Landscape;

/**
 * Renders landscapes off the FX thread. {@link #request} restarts the service, which cancels the render
 * in progress: the pipeline polls {@code isCancelled()} between rows.
 */
final class LandscapeService extends Service<Landscape> {

    private RowSampler function;
    private Grid grid;
    private Landscape.Style style;

    /** Starts rendering this; work for an earlier request is cancelled. Call on the FX thread. */
    void request(RowSampler f, Grid g, Landscape.Style s, Consumer<Landscape> done, Consumer<Throwable> failed) {
        this.function = f;
        this.grid = g;
        this.style = s;
        setOnSucceeded(e -> done.accept(getValue()));
        setOnFailed(e -> failed.accept(getException()));
        restart();
    }

    @Override
    protected Task<Landscape> createTask() {
        RowSampler f = function;
        Grid g = grid;
        Landscape.Style s = style;
        return new Task<>() {
            @Override
            protected Landscape call() {
                return Landscape.render(f, g, s, this::isCancelled);
            }
        };
    }
}
