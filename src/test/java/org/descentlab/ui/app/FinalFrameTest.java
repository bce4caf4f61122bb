package org.descentlab.ui.app;

import static org.descentlab.ui.TestWindow.waitFor;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.stage.Stage;

import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.preset.FunctionPresets;
import org.descentlab.core.preset.Preset;
import org.descentlab.core.preset.PresetLibrary;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.raster.Landscape;
import org.descentlab.ui.TestWindow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What the window shows last after a change is the plain picture: the function read and compiled afresh
 * (no remembered text, no class made for the same shape), sampled everywhere on the same grid, equal pixel
 * for pixel, on every preset and after a pan; and a coarse picture, shown first, is never the last one.
 */
@ExtendWith(ApplicationExtension.class)
class FinalFrameTest {

    private AppViewModel vm;
    private final List<Landscape> shown = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        vm = TestWindow.open(stage).viewModel();
        vm.landscape().landscapeProperty().addListener((o, was, now) -> shown.add(now));
    }

    /** The picture once nothing renders, after what was shown since {@link #shown} was cleared. */
    private Landscape settled() {
        waitFor("the last picture", () -> !vm.landscape().renderingProperty().get() && !shown.isEmpty());
        return vm.landscape().landscapeProperty().get();
    }

    private static Domain domain(Landscape l) {
        return new Domain(l.grid().xmin(), l.grid().xmax(), l.grid().ymin(), l.grid().ymax());
    }

    private void samePixelsAsAPlainRender(Landscape l, String what) {
        String function = vm.experiment().scenario().function();
        var afresh = ((ParseResult.Success) Expressions.parseAfresh(function)).function();
        Landscape plain = Landscape.render(afresh, l.grid(), vm.experiment().scenario().view().style(), () -> false);
        assertArrayEquals(plain.argb(), l.argb(), what + ": the heatmap");
        assertArrayEquals(plain.lines(), l.lines(), what + ": the contour lines");
        assertArrayEquals(plain.picture(), l.picture(), what + ": both as shown");
    }

    @Test
    void everyPresetEndsOnThePlainPictureAfterACoarseOne(FxRobot robot) {
        settled();
        for (Preset p : FunctionPresets.all()) {
            robot.interact(() -> {
                shown.clear();
                vm.applyPreset(p);
            });
            Landscape last = settled();
            robot.interact(() -> {
                assertSame(last, shown.get(shown.size() - 1), p.id());
                assertEquals(vm.landscape().shownProperty().get(), domain(last), p.id() + ": the view shown");
                for (Landscape l : shown) {
                    assertTrue(l.grid().nx() <= last.grid().nx() && l.grid().ny() <= last.grid().ny(),
                            p.id() + ": the last picture is the finest");
                }
            });
            if (!p.scenario().function().equals(vm.experiment().scenario().function()) || shown.size() > 1) {
                assertEquals(last.grid().nx() / 4, shown.get(0).grid().nx(), p.id() + ": a quarter of the resolution first");
            }
            samePixelsAsAPlainRender(last, p.id());
        }
    }

    @Test
    void aPanEndsOnThePlainPictureOfTheViewItLeftShowing(FxRobot robot) {
        settled();
        for (String id : List.of("himmelblau", "ackley")) {
            robot.interact(() -> vm.applyPreset(PresetLibrary.bundled().byId(id).orElseThrow()));
            settled();
            robot.interact(() -> {
                shown.clear();
                var view = vm.landscape();
                view.beginPan();
                for (int k = 0; k < 12; k++) {
                    view.pan(0.037, -0.021);
                }
                view.endPan();
            });
            Landscape last = settled();
            robot.interact(() -> {
                assertEquals(vm.landscape().shownProperty().get(), domain(last), id + ": the view left showing");
                assertSame(last, shown.get(shown.size() - 1));
            });
            samePixelsAsAPlainRender(last, id + " after a pan");
        }
    }
}
