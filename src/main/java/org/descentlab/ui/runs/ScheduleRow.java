package org.descentlab.ui.runs;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.descentlab.core.optim.schedule.Schedules;
import org.descentlab.ui.base.Forms;
import org.descentlab.ui.base.Text;

/**
 * The selected run's "Schedule" row, under its learning rate: the schedule as one word and its warm-up
 * ({@code cosine(t_max=200) warmup=10}), what does not read explained right under it, and a small chart of the
 * run's rate with the playhead's update and its rate (none for a constant rate: the field says constant). The field
 * has {@link ScheduleViewModel} check what is typed, and sets it on Enter or when the focus leaves it.
 */
public final class ScheduleRow extends VBox {

    private final ScheduleViewModel vm;
    private final TextField field = new TextField();
    private final ScheduleChart chart = new ScheduleChart();
    private boolean showing;
    private int shownIndex = -1;

    public ScheduleRow(ScheduleViewModel vm) {
        this.vm = vm;
        setSpacing(4);
        Label name = new Label(Text.get("schedule.row"));
        name.setTooltip(Forms.longTooltip(Text.format("schedule.tip", Schedules.names())));
        field.setTooltip(name.getTooltip());
        field.setId("schedule");
        field.setPromptText(Text.get("schedule.prompt"));
        HBox.setHgrow(field, Priority.ALWAYS);
        // checked as typed, set on Enter or when the focus leaves: "cosine" on the way to "cosine(t_max=50)" is
        // a schedule of its own, which must not reach the run
        field.textProperty().addListener((o, was, now) -> {
            if (!showing) {
                Forms.invalid(field, !vm.check(now));
            }
        });
        field.setOnAction(e -> commit());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit();
            }
        });
        Label error = Forms.errorLabel();
        error.setId("schedule-error");
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        // two lines at most, so that the chart stays in sight; all of it is the tooltip
        error.setMaxHeight(Math.ceil(error.getFont().getSize() * 1.35 * 2));
        error.tooltipProperty().bind(vm.errorProperty().map(Forms::longTooltip));
        chart.setId("schedule-chart");
        chart.curveProperty().bind(vm.curveProperty());
        // the playhead's step and rate are on the chart's axes; the sentence is its tooltip and accessible text
        Tooltip said = new Tooltip();
        said.textProperty().bind(vm.curveProperty().map(ScheduleViewModel.Curve::caption));
        Tooltip.install(chart, said);
        chart.accessibleTextProperty().bind(said.textProperty());
        chart.visibleProperty().bind(vm.curveProperty().map(c -> c.rates().length > 0));
        chart.managedProperty().bind(chart.visibleProperty());
        HBox row = new HBox(6, name, field);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(row, error, chart);
        vm.shownProperty().addListener((o, was, now) -> show(now));
        show(vm.shownProperty().get());
    }

    private void commit() {
        if (!showing && !isDisabled()) {
            Forms.invalid(field, !vm.setText(field.getText()));
        }
    }

    /** The chart, whose ink follows the theme. */
    public ScheduleChart chart() {
        return chart;
    }

    /** Shows the run's schedule; text the user is typing keeps its text, unless another run is shown. */
    private void show(ScheduleViewModel.Shown shown) {
        setDisable(shown == null);
        if (shown == null) {
            return;
        }
        showing = true;
        if (shown.index() != shownIndex) {
            field.setText(vm.text());
            Forms.invalid(field, false);
        }
        Forms.show(field, vm.text());
        shownIndex = shown.index();
        showing = false;
    }
}
