package org.descentlab.ui.analysis;

import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;

import org.descentlab.ui.landscape.BasinPainter;
import org.descentlab.ui.landscape.LandscapeView;
import org.descentlab.ui.landscape.SmallMultiplesView;

/**
 * Puts the basin maps on the landscapes: the overlay's map on the single landscape, each run's on its pane
 * of small multiples, with the opacity asked for and the run of the cell under the mouse; and tells the
 * view-model where the mouse is.
 */
public final class BasinLayers {

    private final BasinsViewModel vm;
    private final LandscapeView overlay;
    private final SmallMultiplesView grid;

    public BasinLayers(BasinsViewModel vm, LandscapeView overlay, SmallMultiplesView grid) {
        this.vm = vm;
        this.overlay = overlay;
        this.grid = grid;
        vm.mapsProperty().addListener(o -> refresh());
        vm.hoverProperty().addListener(o -> refresh());
        vm.opacityProperty().addListener(o -> refresh());
        wire(overlay, -1);
    }

    /**
     * Hovering {@code view} points at a cell of its map; a press (a pan, a start set) lets go of it.
     *
     * @param run the run the pane shows, or −1 for the overlay's single landscape
     */
    public void wire(LandscapeView view, int run) {
        Pane plot = view.plotArea();
        plot.addEventHandler(MouseEvent.MOUSE_MOVED, e -> vm.hover(view.planeX(e.getX()), view.planeY(e.getY()), run));
        plot.addEventHandler(MouseEvent.MOUSE_EXITED, e -> vm.clearHover());
        plot.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> vm.clearHover());
    }

    /** Every landscape's map as it is now: call it when the panes change. */
    public void refresh() {
        overlay.basinsProperty().set(layer(-1));
        for (LandscapeView pane : grid.panes()) {
            pane.basinsProperty().set(layer(grid.runOf(pane)));
        }
    }

    private BasinPainter.Layer layer(int pane) {
        BasinsViewModel.RunMap m = vm.mapFor(pane);
        if (m == null) {
            return null;
        }
        BasinsViewModel.Hover h = vm.hoverProperty().get();
        return new BasinPainter.Layer(m.map(), vm.opacityProperty().get(), h != null && h.pane() == pane ? h.path() : null);
    }
}
