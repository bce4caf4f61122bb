package org.descentlab.ui.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.descentlab.core.raster.Colormap;
import org.descentlab.core.raster.Landscape;
import org.descentlab.ui.Fakes;
import org.descentlab.ui.app.AppViewModel;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which pictures a change brings, in which order: a coarse one first only where the picture itself changed. */
class LandscapeViewModelTest {

    @TempDir
    Path dir;

    private final Fakes fakes = new Fakes();
    private AppViewModel app;
    private final List<Landscape> shown = new ArrayList<>();

    @BeforeEach
    void start() {
        app = fakes.app("himmelblau", dir);
        app.landscape().setPlotSize(800, 400);
        fakes.scheduler.runDue();
        app.landscape().landscapeProperty().addListener((o, was, now) -> shown.add(now));
    }

    /** The widths of the pictures shown since the last call, in order. */
    private List<Integer> widths() {
        fakes.scheduler.runDue();
        assertFalse(app.landscape().renderingProperty().get(), "the change is on screen");
        List<Integer> w = shown.stream().map(l -> l.grid().nx()).toList();
        shown.clear();
        return w;
    }

    @Test
    void aNewFunctionOrNewColoursShowAQuarterOfTheResolutionFirstThenAll() {
        app.function().setText("x^2 + 3*y^2");
        assertEquals(List.of(200, 800), widths());
        app.landscape().setColormap(Colormap.values()[1]);
        assertEquals(List.of(200, 800), widths());
        app.landscape().setContours(4);
        assertEquals(List.of(200, 800), widths());
    }

    @Test
    void aPanAZoomOrANewSizeMoveThePictureAndRenderItInFullAtOnce() {
        app.landscape().beginPan();
        app.landscape().pan(0.5, 0.25);
        app.landscape().endPan();
        assertEquals(List.of(800), widths());
        app.landscape().zoom(0, 0, 0.8);
        assertEquals(List.of(800), widths());
        app.landscape().setPlotSize(600, 400);
        assertEquals(List.of(600), widths());
    }

    @Test
    void changesInOneEventRenderOnce() {
        app.function().setText("x^2 + 3*y^2");
        app.landscape().zoom(0, 0, 0.8);
        assertEquals(List.of(200, 800), widths(), "the function and the zoom together: one coarse, one full");
    }
}
