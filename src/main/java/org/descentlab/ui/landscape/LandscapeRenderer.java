package org.descentlab.ui.landscape;

import java.util.List;
import java.util.function.Consumer;

import org.descentlab.core.field.RowSampler;
import org.descentlab.core.raster.Grid;
import org.descentlab.core.raster.Landscape;

/**
 * Renders landscapes for the window: one request renders its grids in order (a coarse one first, for a
 * first frame at once) and delivers each as it is done. A new request supersedes the one before: nothing
 * more of it is delivered. Results and failures arrive on the thread the view-models live on.
 */
public interface LandscapeRenderer {

    void request(RowSampler function, List<Grid> grids, Landscape.Style style, Consumer<Landscape> each,
            Consumer<Throwable> failed);

    /** Off the FX thread: the app's. */
    static LandscapeRenderer service() {
        return new LandscapeService();
    }

    /** At once, on the calling thread: for tests. */
    static LandscapeRenderer immediate() {
        return (function, grids, style, each, failed) -> {
            for (Grid g : grids) {
                Landscape l;
                try {
                    l = Landscape.render(function, g, style, () -> false);
                } catch (RuntimeException e) {
                    failed.accept(e);
                    return;
                }
                each.accept(l);
            }
        };
    }
}
