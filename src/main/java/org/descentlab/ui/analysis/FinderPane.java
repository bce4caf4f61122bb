package org.descentlab.ui.analysis;

import java.util.List;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;

import org.descentlab.core.analysis.LrFinder;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Text;

/** fastai's learning-rate finder: its rates and iterations, Find, the curve, and a button per suggestion that applies it. */
public final class FinderPane extends BorderPane {

    private final FinderChart chart = new FinderChart();
    private final HBox suggestions = new HBox(6);

    public FinderPane(FinderViewModel vm, ObservableValue<Color> ink) {
        setId("finder-pane");
        TextField start = RatePanes.field(Numbers.exact(LrFinder.START_LR), 70, Text.get("finder.startTip"));
        start.setId("finder-start");
        TextField end = RatePanes.field(Numbers.exact(LrFinder.END_LR), 70, Text.get("finder.endTip"));
        end.setId("finder-end");
        TextField iterations = RatePanes.count(Integer.toString(LrFinder.NUM_IT), 60, Text.get("finder.iterationsTip"));
        iterations.setId("finder-iterations");
        Button run = RatePanes.run(Text.get("finder.run"), Text.get("finder.runTip"), vm, () -> vm.run(start.getText(), end.getText(), iterations.getText()),
                start, end, iterations);
        run.setId("finder-run");
        RatePanes.checked(vm, FinderViewModel.RANGE, start, end, iterations);
        chart.finderProperty().bind(vm.resultProperty());
        chart.inkProperty().bind(ink);
        chart.setOnPick(vm::apply);
        vm.resultProperty().addListener((o, was, now) -> showSuggestions(vm, now));
        suggestions.setId("finder-suggestions");
        suggestions.disableProperty().bind(vm.staleProperty());
        setCenter(RatePanes.pane(vm, RatePanes.row(RatePanes.label(Text.get("finder.start")), start, RatePanes.label(Text.get("sweep.to")), end,
                RatePanes.label(Text.get("finder.iterations")), iterations, run, suggestions), chart, run));
    }

    public FinderChart chart() {
        return chart;
    }

    private void showSuggestions(FinderViewModel vm, LrFinder f) {
        suggestions.getChildren().clear();
        if (f == null) {
            return;
        }
        List<String> names = LrFinder.NAMES;
        for (int k = 0; k < names.size(); k++) {
            f.suggestions().get(k).ifPresent(s -> {
                Button b = new Button(Text.format("finder.apply", s.name(), Numbers.label(s.lr())));
                b.setTooltip(new Tooltip(Text.get("finder.applyTip")));
                b.setOnAction(e -> vm.apply(s.lr()));
                suggestions.getChildren().add(b);
            });
        }
    }
}
