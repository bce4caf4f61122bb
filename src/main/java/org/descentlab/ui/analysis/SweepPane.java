package org.descentlab.ui.analysis;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.paint.Color;

import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Text;

/** The learning-rate sweep: its range, Sweep, progress with Cancel, the plot, and what it says. */
public final class SweepPane extends BorderPane {

    private final SweepChart chart = new SweepChart();

    public SweepPane(SweepViewModel vm, ObservableValue<Color> ink) {
        setId("sweep-pane");
        TextField min = RatePanes.field(Numbers.exact(SweepViewModel.DEFAULT_MIN), 70, Text.get("sweep.minTip"));
        min.setId("sweep-min");
        TextField max = RatePanes.field(Numbers.exact(SweepViewModel.DEFAULT_MAX), 70, Text.get("sweep.maxTip"));
        max.setId("sweep-max");
        TextField count = RatePanes.count(Integer.toString(SweepViewModel.DEFAULT_COUNT), 60, Text.get("sweep.countTip"));
        count.setId("sweep-count");
        Button run = RatePanes.run(Text.get("sweep.run"), Text.get("sweep.runTip"), vm, () -> vm.run(min.getText(), max.getText(), count.getText()),
                min, max, count);
        run.setId("sweep-run");
        RatePanes.checked(vm, SweepViewModel.RANGE, min, max, count);
        chart.sweepProperty().bind(vm.resultProperty());
        chart.inkProperty().bind(ink);
        chart.setOnPick(vm::apply);
        setCenter(RatePanes.pane(vm, RatePanes.row(RatePanes.label(Text.get("sweep.from")), min, RatePanes.label(Text.get("sweep.to")), max,
                RatePanes.label(Text.get("sweep.rates")), count, run, RatePanes.label(Text.get("sweep.clickHint"))), chart, run));
    }

    public SweepChart chart() {
        return chart;
    }
}
