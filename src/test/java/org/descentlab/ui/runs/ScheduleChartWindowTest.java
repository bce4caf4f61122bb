package org.descentlab.ui.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The schedule's chart: a linear rate axis from 0, a log one where the rates span three decades, the playhead's dot. */
@ExtendWith(ApplicationExtension.class)
class ScheduleChartWindowTest {

    private final ScheduleChart chart = new ScheduleChart();

    @Start
    void start(Stage stage) {
        chart.setPrefWidth(300);
        stage.setScene(new Scene(new Pane(chart), 300, 80));
        stage.show();
    }

    @Test
    void aRateThatDoublesIsOnALinearAxisFromZero(FxRobot robot) {
        robot.interact(() -> {
            chart.curveProperty().set(new ScheduleViewModel.Curve(new double[] {0.1, 0.2, 0.3, 0.4}, 2, "", 0));
        });
        assertFalse(chart.logAxis());
        // 60 units high from y = 6 to 66; 0.2 is half of 0.4
        assertEquals(36, chart.dotY(), 1e-9);
    }

    @Test
    void aRateThatFallsThreeDecadesIsOnALogAxis(FxRobot robot) {
        robot.interact(() -> {
            chart.curveProperty().set(new ScheduleViewModel.Curve(new double[] {1, 0.1, 0.01, 0.001}, 3, "", 0));
        });
        assertTrue(chart.logAxis());
        // 0.01 is a third of the way up from 0.001 to 1 in log
        assertEquals(66 - 20, chart.dotY(), 1e-9);
        assertEquals(4, chart.drawnPoints());
    }

    @Test
    void thePlayheadAtThePeakKeepsTheAxisRangeLabelled(FxRobot robot) {
        robot.interact(() -> {
            chart.curveProperty().set(new ScheduleViewModel.Curve(new double[] {0.1, 0.2, 0.3, 0.4}, 4, "", 0));
        });
        assertEquals(6, chart.dotY(), 1e-9, "the dot at the top");
        assertTrue(chart.axisLabels().containsAll(java.util.List.of("0.4", "0")), chart.axisLabels().toString());
    }
}
