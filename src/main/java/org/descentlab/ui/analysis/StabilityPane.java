package org.descentlab.ui.analysis;

import java.util.List;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

import org.descentlab.core.optim.OptimizerType;
import org.descentlab.ui.base.Forms;
import org.descentlab.ui.base.Text;

/** The stability map: its two axes (a hyper-parameter, its range, how many values, log or not), Map, the map, what it says. */
public final class StabilityPane extends BorderPane {

    private final StabilityChart chart = new StabilityChart();
    private final AxisRow across = new AxisRow();
    private final AxisRow up = new AxisRow();
    private final StabilityViewModel vm;
    private OptimizerType shownFor;

    /** One axis's controls. */
    private static final class AxisRow {
        final ComboBox<String> name = new ComboBox<>();
        final TextField min = RatePanes.field("", 64, Text.get("stability.fromTip"));
        final TextField max = RatePanes.field("", 64, Text.get("stability.toTip"));
        final TextField count = RatePanes.count("", 60, Text.get("stability.valuesTip"));
        final CheckBox log = new CheckBox(Text.get("stability.log"));

        /** Puts the axis's controls in row {@code row} of {@code grid}, each in its column, so that both axes line up. */
        void addTo(GridPane grid, int row, String title) {
            name.setTooltip(new Tooltip(Text.get("stability.nameTip")));
            log.setTooltip(new Tooltip(Text.get("stability.logTip")));
            grid.addRow(row, RatePanes.label(title), name, RatePanes.label(Text.get("sweep.from")), min,
                    RatePanes.label(Text.get("sweep.to")), max, RatePanes.label(Text.get("stability.valuesLabel")), count, log);
        }

        StabilityViewModel.AxisText text() {
            return new StabilityViewModel.AxisText(name.getValue() == null ? "" : name.getValue(), min.getText(), max.getText(),
                    count.getText(), log.isSelected());
        }

        /** Offers these names, keeping the one chosen (replacing the items would clear it). */
        void offer(List<String> names) {
            if (!name.getItems().equals(names)) {
                String chosen = name.getValue();
                name.getItems().setAll(names);
                name.setValue(chosen);
            }
        }

        void show(StabilityViewModel.AxisText t) {
            name.setValue(t.name());
            min.setText(t.min());
            max.setText(t.max());
            count.setText(t.count());
            log.setSelected(t.log());
        }
    }

    public StabilityPane(StabilityViewModel vm, ObservableValue<Color> ink) {
        this.vm = vm;
        setId("stability-pane");
        across.name.setId("stability-x");
        up.name.setId("stability-y");
        Button run = RatePanes.run(Text.get("stability.run"), Text.get("stability.runTip"), vm, () -> vm.run(across.text(), up.text()),
                across.min, across.max, across.count, up.min, up.max, up.count);
        run.setId("stability-run");
        chart.mapProperty().bind(vm.resultProperty());
        chart.quadraticProperty().bind(vm.quadraticProperty());
        chart.inkProperty().bind(ink);
        chart.setOnPick(vm::apply);
        GridPane axes = Forms.grid(6);
        across.addTo(axes, 0, Text.get("stability.across"));
        up.addTo(axes, 1, Text.get("stability.up"));
        VBox settings = new VBox(6, axes, RatePanes.row(run, RatePanes.label(Text.get("stability.clickHint"))));
        setCenter(RatePanes.pane(vm, settings, chart, run));
    }

    public StabilityChart chart() {
        return chart;
    }

    /**
     * Offers the hyper-parameters of the selected run's optimizer; when it is another optimizer than last time, its
     * default axes too.
     */
    public void refresh(OptimizerType type) {
        across.offer(vm.parameters());
        up.offer(vm.parameters());
        if (type != null && type != shownFor) {
            shownFor = type;
            StabilityViewModel.AxisText[] d = StabilityViewModel.defaults(type);
            across.show(d[0]);
            up.show(d[1]);
        }
    }
}
