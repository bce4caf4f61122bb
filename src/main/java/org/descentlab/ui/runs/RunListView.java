package org.descentlab.ui.runs;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;

import org.descentlab.core.scenario.LineStyle;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.base.Palette;
import org.descentlab.ui.base.Text;

/**
 * The run list: one row per run (shown or hidden, its colour and line, its label), with add, duplicate
 * and remove; and the ghost-trail switches, which the side panel places. The selected row is the run the panel below edits.
 */
public final class RunListView extends VBox {

    private static final double CELL_HEIGHT = 23;

    private final ListView<RunItem> list = new ListView<>();
    private final HBox ghostRow;
    private boolean selecting;

    public RunListView(RunsViewModel vm) {
        setSpacing(6);
        list.setId("run-list");
        list.setItems(vm.items());
        list.setCellFactory(l -> new RunCell(vm));
        // as tall as its runs, so that all of them (up to the most a scenario holds) show without scrolling
        list.setFixedCellSize(CELL_HEIGHT);
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(1, Math.min(Scenario.MAX_RUNS, vm.items().size())) * CELL_HEIGHT + 4, vm.items()));
        list.minHeightProperty().bind(list.prefHeightProperty());
        list.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (!selecting && now.intValue() >= 0) {
                vm.select(now.intValue());
            }
        });
        Runnable showSelection = () -> {
            RunItem s = vm.selectedProperty().get();
            selecting = true;
            if (s != null && list.getSelectionModel().getSelectedIndex() != s.index()) {
                list.getSelectionModel().select(s.index());
            }
            selecting = false;
        };
        vm.selectedProperty().addListener(o -> showSelection.run());
        showSelection.run();

        Button add = new Button(Text.get("runs.add"));
        add.setId("add-run");
        add.setTooltip(new Tooltip(Text.format("runs.addTip", Scenario.MAX_RUNS)));
        add.setOnAction(e -> vm.add());
        Button duplicate = new Button(Text.get("runs.duplicate"));
        duplicate.setId("duplicate-run");
        duplicate.setTooltip(new Tooltip(Text.get("runs.duplicateTip")));
        duplicate.setOnAction(e -> vm.duplicate(selectedIndex(vm)));
        Button remove = new Button(Text.get("runs.remove"));
        remove.setId("remove-run");
        remove.setTooltip(new Tooltip(Text.get("runs.removeTip")));
        remove.setOnAction(e -> vm.remove(selectedIndex(vm)));
        var full = Bindings.size(vm.items()).greaterThanOrEqualTo(Scenario.MAX_RUNS);
        add.disableProperty().bind(full);
        duplicate.disableProperty().bind(full);
        remove.disableProperty().bind(Bindings.size(vm.items()).lessThanOrEqualTo(1));
        HBox buttons = new HBox(6, add, duplicate, remove);

        CheckBox ghosts = new CheckBox(Text.get("runs.ghosts"));
        ghosts.setId("ghosts");
        ghosts.setTooltip(new Tooltip(Text.get("runs.ghostsTip")));
        ghosts.selectedProperty().bindBidirectional(vm.showGhostsProperty());
        Button clear = new Button(Text.get("runs.clearGhosts"));
        clear.setId("clear-ghosts");
        clear.setTooltip(new Tooltip(Text.get("a11y.clearGhostsTip")));
        clear.setOnAction(e -> vm.clearGhosts());
        ghostRow = new HBox(8, ghosts, clear);
        ghostRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(list, buttons);
    }

    /** The ghost-trail switches: a setting of all runs, placed with the others by the side panel. */
    public HBox ghostTrails() {
        return ghostRow;
    }

    private static int selectedIndex(RunsViewModel vm) {
        RunItem s = vm.selectedProperty().get();
        return s == null ? -1 : s.index();
    }

    public ListView<RunItem> list() {
        return list;
    }

    /** A short sample of a run's line: its colour and dashes, on a mid-grey so white reads too. */
    public static Canvas swatch(int colour, LineStyle line) {
        Canvas c = new Canvas(30, 12);
        GraphicsContext gc = c.getGraphicsContext2D();
        // as dark as the legend's ground, so the white path shows, and the blue and purple ones too
        gc.setFill(Color.rgb(28, 31, 36));
        gc.fillRoundRect(0, 0, 30, 12, 4, 4);
        gc.setStroke(Palette.path(colour));
        gc.setLineWidth(3);
        gc.setLineCap(StrokeLineCap.BUTT);
        gc.setLineDashes(Palette.dashes(line, 3));
        gc.strokeLine(3, 6, 27, 6);
        return c;
    }

    private static final class RunCell extends ListCell<RunItem> {
        private final RunsViewModel vm;
        private final CheckBox shown = new CheckBox();
        private final Label label = new Label();
        private final HBox box = new HBox(6);
        private boolean filling;

        RunCell(RunsViewModel vm) {
            this.vm = vm;
            shown.setTooltip(new Tooltip(Text.get("runs.showTip")));
            shown.selectedProperty().addListener((o, was, now) -> {
                if (!filling && getItem() != null) {
                    vm.setVisible(getItem().index(), now);
                }
            });
            box.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(label, Priority.ALWAYS);
            label.setMaxWidth(Double.MAX_VALUE);
            // long labels end in "…" rather than scrolling the list sideways
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(RunItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            filling = true;
            shown.setSelected(item.settings().visible());
            filling = false;
            label.setText(item.label());
            label.setTooltip(new Tooltip(item.label() + "\n" + item.status()));
            box.getChildren().setAll(shown, swatch(item.settings().colour(), item.settings().line()), label);
            setGraphic(box);
        }
    }
}
