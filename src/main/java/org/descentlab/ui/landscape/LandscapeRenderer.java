package org.descentlab.ui.landscape;

import java.util.function.Consumer;

import org.descentlab.core.field.RowSampler;
import org.descentlab.core.raster.Grid;
import org.descentlab.core.raster.Landscape;

/**
 * Renders landscapes for the window. A new request supersedes the one before: its result is never
 * delivered. Results and failures arrive on the thread the view-models live on.
 */
public interface LandscapeRenderer {

    void request(RowSampler function, Grid grid, Landscape.Style style, Consumer<Landscape> done, Consumer<Throwable> failed);

    /** Off the FX thread, on a JavaFX {@link javafx.concurrent.Service}: the app's. */
    static LandscapeRenderer service() {
        LandscapeService service = new LandscapeService();
        return service::request;
    }

    /** At once, on the calling thread: for tests. */
    static LandscapeRenderer immediate() {
        return (function, grid, style, done, failed) -> {
            Landscape l;
            try {
                l = Landscape.render(function, grid, style, () -> false);
            } catch (RuntimeException e) {
                failed.accept(e);
                return;
            }
            done.accept(l);
        };
    }
}
