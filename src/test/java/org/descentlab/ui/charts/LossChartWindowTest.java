package org.descentlab.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.descentlab.core.run.StopReason;
import org.descentlab.ui.TestWindow;
import org.descentlab.ui.app.AppViewModel;
import org.descentlab.ui.app.DescentLabApp;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Palette;
import org.descentlab.ui.landscape.RunPath;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The loss chart in the real window, on the presets whose f goes negative, reaches 0 or diverges. */
@ExtendWith(ApplicationExtension.class)
class LossChartWindowTest {

    private AppViewModel vm;
    private LossChart chart;

    @Start
    void start(Stage stage) throws Exception {
        DescentLabApp app = TestWindow.open(stage);
        vm = app.viewModel();
        chart = app.window().chart();
    }

    private void show(FxRobot robot, String preset) {
        robot.interact(() -> vm.applyPreset(vm.presets().byId(preset).orElseThrow()));
    }

    @Test
    void theLogAxisOfEveryPresetHasReadableTicksAndSaysWhatItPlots(FxRobot robot) {
        for (String preset : List.of("mccormick", "styblinski-tang", "saddle", "rastrigin", "sphere", "monkey-saddle",
                "six-hump-camel", "learning-rate-story")) {
            show(robot, preset);
            List<String> ticks = chart.yTicks();
            assertTrue(ticks.size() >= 2, preset + ": ticks " + ticks);
            for (String t : ticks) {
                double v = Numbers.parse(t);
                // not 1e-300 … 1e-72: nine decades below the top
                assertTrue(v >= 1e-12 && v <= 1e12, preset + ": tick " + t);
            }
            assertEquals("f − min f + ε (log)", chart.scale().label(), preset);
            assertEquals(chart.runs().size(), chart.curvesDrawn(), preset + ": a curve per run");
            List<LossScale.Tick> at = chart.scale().ticks();
            assertEquals(chart.scale().hi(), at.get(at.size() - 1).at(), 1e-9, preset + ": the top is labelled " + ticks);
            assertEquals(chart.scale().lo(), at.get(0).at(), 1e-9, preset + ": the bottom is labelled " + ticks);
            assertEquals(at.get(at.size() - 1).label(), ticks.get(ticks.size() - 1), preset + ": and drawn");
        }
    }

    @Test
    void aRunThatDivergesUpwardsIsSeenRisingBeforeItLeaves(FxRobot robot) {
        show(robot, "learning-rate-story");
        RunPath wild = chart.runs().stream().filter(p -> p.trajectory().stop().reason() == StopReason.DIVERGED)
                .findFirst().orElseThrow();
        LossScale.Exit e = chart.scale().exit(wild.trajectory()).orElseThrow();
        assertEquals(LossScale.Edge.TOP, e.edge());
        assertTrue(e.step() >= 15, wild.label() + " is drawn for a while before it leaves, left at " + e.step());
    }

    @Test
    void aWhiteCurveIsCasedSoItReadsOnTheLightChart(FxRobot robot) {
        show(robot, "learning-rate-story");
        RunPath white = chart.runs().stream().filter(p -> Palette.path(p.colour()).equals(Color.WHITE))
                .findFirst().orElseThrow();
        PixelReader pixels = snapshot(robot).getPixelReader();
        int step = 8;
        int x = (int) chart.xAt(step);
        int y = (int) chart.yAt(chart.scale().at(white.trajectory(), step));
        double darkest = 1;
        for (int dx = -8; dx <= 8; dx++) {
            for (int dy = -4; dy <= 4; dy++) {
                darkest = Math.min(darkest, pixels.getColor(x + dx, y + dy).getBrightness());
            }
        }
        assertTrue(darkest < 0.4, white.label() + ": a dark casing around the white line, darkest " + darkest);
    }

    @Test
    void aDivergedCurveLeavesTheChartWithAMarkerAndTheOthersKeepTheAxis(FxRobot robot) {
        show(robot, "saddle");
        List<RunPath> diverged = chart.runs().stream()
                .filter(p -> p.trajectory().stop().reason() == StopReason.DIVERGED).toList();
        assertFalse(diverged.isEmpty(), "the saddle preset has a run that slides off");
        assertEquals(diverged.size(), chart.exits().size(), "each diverged curve leaves the chart");
        WritableImage shot = snapshot(robot);
        PixelReader pixels = shot.getPixelReader();
        for (RunPath p : diverged) {
            LossScale.Exit e = chart.scale().exit(p.trajectory()).orElseThrow();
            // f of the sliding run falls below every other run's, so it leaves through the bottom
            assertEquals(LossScale.Edge.BOTTOM, e.edge());
            double x = chart.xAt(e.step());
            // inside the triangle, whose tip is on the edge
            double y = chart.yAt(chart.scale().edge(e.edge())) - 6;
            Color c = pixels.getColor((int) x, (int) y);
            assertTrue(close(Palette.path(p.colour()), c), p.label() + ": the marker at the edge is in the run's colour, got " + c);
            // and says where f went, so the fall is not read as convergence
            assertTrue(chart.exitLabels().contains(chart.scale().exitLabel(e)), p.label() + ": " + chart.exitLabels());
            assertTrue(chart.scale().exitLabel(e).startsWith("f → −"), chart.scale().exitLabel(e));
            assertTrue(chart.scale().lo() <= chart.scale().at(chart.scale().offset()) - 1, "a decade of room below the floor");
        }
        for (RunPath p : chart.runs()) {
            if (!diverged.contains(p)) {
                for (int k = 0; k < p.trajectory().size(); k++) {
                    double at = chart.scale().at(p.trajectory(), k);
                    assertTrue(at >= chart.scale().lo() && at <= chart.scale().hi(), p.label() + " stays on the axis at step " + k);
                }
            }
        }
    }

    private WritableImage snapshot(FxRobot robot) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = chart.snapshot(null, null));
        return shot[0];
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.08 && Math.abs(a.getGreen() - b.getGreen()) < 0.08
                && Math.abs(a.getBlue() - b.getBlue()) < 0.08;
    }
}
