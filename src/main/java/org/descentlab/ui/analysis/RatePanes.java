package org.descentlab.ui.analysis;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.descentlab.ui.base.Forms;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Styles;
import org.descentlab.ui.base.Text;

/** The parts every learning-rate tool's pane has: fields, a run button, progress with Cancel, status and what is under the mouse. */
final class RatePanes {

    /** A line's height, in font sizes. */
    private static final double LINE = 1.35;
    private static final int STATUS_LINES = 2;

    private RatePanes() {
    }

    /** A short number field, outlined in red while its text is not a number. */
    static TextField field(String text, double width, String tip) {
        return field(text, width, tip, false);
    }

    /** A short field for a whole number, outlined in red while its text is not one. */
    static TextField count(String text, double width, String tip) {
        return field(text, width, tip, true);
    }

    private static TextField field(String text, double width, String tip, boolean whole) {
        TextField f = new TextField(text);
        f.setPrefColumnCount(1);
        f.setPrefWidth(width);
        f.setMinWidth(Region.USE_PREF_SIZE);
        f.setTooltip(Forms.longTooltip(tip));
        f.textProperty().addListener((o, was, now) -> Forms.invalid(f, !reads(now, whole)));
        return f;
    }

    private static boolean reads(String text, boolean whole) {
        try {
            if (whole) {
                RateWords.whole("", text);
            } else {
                Numbers.finite("", text);
            }
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Checks {@code from}, {@code to} and {@code count} together as they are typed: the field at fault is outlined in
     * red, and once they hold, the tool's refusal is cleared.
     */
    static void checked(RateTool<?> tool, RateRange range, TextField from, TextField to, TextField count) {
        TextField[] fields = {from, to, count};
        for (TextField f : fields) {
            f.textProperty().addListener((o, was, now) -> {
                RateRange.Fault fault = range.fault(from.getText(), to.getText(), count.getText());
                for (int k = 0; k < fields.length; k++) {
                    Forms.invalid(fields[k], !reads(fields[k].getText(), k == 2) || fault != null && fault.field() == k);
                }
                if (fault == null) {
                    tool.fieldsHold();
                }
            });
        }
    }

    static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** A row of settings, left to right, going on in a second line where the window is narrow. */
    static FlowPane row(Node... nodes) {
        FlowPane row = new FlowPane(6, 6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The button that starts a tool's work, disabled while it runs; Enter in any of {@code fields} presses it. */
    static Button run(String text, String tip, RateTool<?> tool, Runnable action, TextField... fields) {
        Button run = new Button(text);
        run.setTooltip(new Tooltip(tip));
        run.setOnAction(e -> action.run());
        run.disableProperty().bind(tool.runningProperty());
        for (TextField f : fields) {
            f.setOnAction(e -> run.fire());
        }
        return run;
    }

    /** The bar and Cancel, shown while {@code running}. */
    private static HBox working(ObservableDoubleValue progress, ObservableBooleanValue running, Runnable cancel) {
        ProgressBar bar = new ProgressBar();
        bar.setId("rate-progress");
        bar.progressProperty().bind(progress);
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button stop = new Button(Text.get("rate.cancel"));
        stop.setId("rate-cancel");
        stop.setTooltip(new Tooltip(Text.get("rate.cancelTip")));
        stop.setOnAction(e -> cancel.run());
        HBox working = new HBox(6, bar, stop);
        working.setAlignment(Pos.CENTER_LEFT);
        // hidden but kept in the layout, so that the chart does not jump when a computation starts or ends
        working.visibleProperty().bind(running);
        return working;
    }

    /** The status sentence and, below it, what is under the mouse. */
    private static VBox status(ObservableStringValue status, ObservableStringValue underMouse) {
        Label said = new Label();
        said.setId("rate-status");
        said.textProperty().bind(status);
        said.setMinWidth(0);
        said.setWrapText(true);
        // two lines, always: a sentence of one line, or "computing…", does not move the chart above (all of a longer one is its tooltip)
        double lines = Math.ceil(said.getFont().getSize() * LINE * STATUS_LINES);
        said.setMinHeight(lines);
        said.setPrefHeight(lines);
        said.setMaxHeight(lines);
        said.setAlignment(Pos.TOP_LEFT);
        said.tooltipProperty().bind(Bindings.createObjectBinding(() -> Forms.longTooltip(said.getText()), said.textProperty()));
        Label hover = new Label();
        hover.getStyleClass().add(Styles.CAPTION);
        hover.textProperty().bind(underMouse);
        hover.setMinWidth(0);
        // a line of its own even when nothing is under the mouse, so that the chart above keeps its size
        hover.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(2, said, hover);
    }

    /**
     * The pane: settings on top, the tool's progress, the chart growing in the middle (greyed while out of date, with
     * a button on it that presses {@code run}), the tool's status below.
     */
    static VBox pane(RateTool<?> tool, Node settings, RatePlot chart, Button run) {
        chart.staleProperty().bind(tool.staleProperty());
        Button again = new Button(Text.get("rate.stale"));
        again.setId("rate-again");
        again.setTooltip(Forms.longTooltip(Text.get("rate.staleTip")));
        again.setOnAction(e -> run.fire());
        again.visibleProperty().bind(tool.staleProperty().and(tool.runningProperty().not()));
        StackPane plot = new StackPane(chart, again);
        plot.setMinSize(0, 0);
        VBox.setVgrow(plot, Priority.ALWAYS);
        VBox box = new VBox(8, settings, working(tool.progressProperty(), tool.runningProperty(), tool::cancel), plot,
                status(tool.statusProperty(), chart.underMouseProperty()));
        box.setPadding(new Insets(10));
        return box;
    }
}
