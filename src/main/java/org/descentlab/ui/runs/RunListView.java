package org.descentlab.ui;

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

/**
 * The run list: one row per run (shown or hidden, its colour and line style, its label), with add,
 * duplicate and remove, and the ghost-trail switches. The selected row is the run the panel below edits.
 */
final class RunListView extends VBox {

    private final ListView<RunViewModel> list = new ListView<>();

    RunListView(MainViewModel vm) {
        setSpacing(6);
        list.setId("run-list");
        list.setItems(vm.runs());
        list.setCellFactory(l -> new RunCell(vm));
        list.setPrefHeight(4 * 28 + 4);
        list.setMinHeight(60);
        list.getSelectionModel().select(vm.selectedRunProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now != vm.selectedRunProperty().get()) {
                vm.selectedRunProperty().set(now);
            }
        });
        vm.selectedRunProperty().addListener((o, was, now) -> list.getSelectionModel().select(now));
        vm.runs().addListener((javafx.collections.ListChangeListener<RunViewModel>) c ->
                list.getSelectionModel().select(vm.selectedRunProperty().get()));

        Button add = new Button("Add");
        add.setId("add-run");
        add.setTooltip(new Tooltip("Add a run with the next optimizer (at most " + MainViewModel.MAX_RUNS + ")"));
        add.setOnAction(e -> vm.addRun());
        Button duplicate = new Button("Duplicate");
        duplicate.setId("duplicate-run");
        duplicate.setTooltip(new Tooltip("A copy of the selected run, to change one setting and compare"));
        duplicate.setOnAction(e -> vm.duplicateRun(vm.selectedRunProperty().get()));
        Button remove = new Button("Remove");
        remove.setId("remove-run");
        remove.setOnAction(e -> vm.removeRun(vm.selectedRunProperty().get()));
        var full = Bindings.size(vm.runs()).greaterThanOrEqualTo(MainViewModel.MAX_RUNS);
        add.disableProperty().bind(full);
        duplicate.disableProperty().bind(full);
        remove.disableProperty().bind(Bindings.size(vm.runs()).lessThanOrEqualTo(1));
        HBox buttons = new HBox(6, add, duplicate, remove);

        CheckBox ghosts = new CheckBox("Ghost trails");
        ghosts.setId("ghosts");
        ghosts.setTooltip(new Tooltip("When a run's settings change, its previous path stays, dimmed"));
        ghosts.selectedProperty().bindBidirectional(vm.showGhostsProperty());
        Button clear = new Button("Clear ghosts");
        clear.setId("clear-ghosts");
        clear.setOnAction(e -> vm.clearGhosts());
        HBox ghostRow = new HBox(8, ghosts, clear);
        ghostRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(list, buttons, ghostRow);
    }

    ListView<RunViewModel> list() {
        return list;
    }

    /** A short sample of a run's line: its colour and dashes, on a mid-grey so white reads too. */
    static Canvas swatch(RunViewModel r) {
        Canvas c = new Canvas(30, 12);
        GraphicsContext gc = c.getGraphicsContext2D();
        gc.setFill(Color.rgb(90, 90, 90));
        gc.fillRoundRect(0, 0, 30, 12, 4, 4);
        gc.setStroke(r.color());
        gc.setLineWidth(2.5);
        gc.setLineDashes(r.lineStyleProperty().get().dashes(2));
        gc.strokeLine(3, 6, 27, 6);
        return c;
    }

    private static final class RunCell extends ListCell<RunViewModel> {
        private final MainViewModel vm;
        private final CheckBox shown = new CheckBox();
        private final Label label = new Label();
        private final HBox box = new HBox(6);
        private RunViewModel bound;
        private final javafx.beans.InvalidationListener redraw = o -> refresh();

        RunCell(MainViewModel vm) {
            this.vm = vm;
            shown.setTooltip(new Tooltip("Show or hide this run"));
            box.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(label, Priority.ALWAYS);
            label.setMaxWidth(Double.MAX_VALUE);
            // long labels end in "…" rather than scrolling the list sideways
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(RunViewModel item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                shown.selectedProperty().unbindBidirectional(bound.visibleProperty());
                vm.pathsRevisionProperty().removeListener(redraw);
                bound = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            bound = item;
            shown.selectedProperty().bindBidirectional(item.visibleProperty());
            vm.pathsRevisionProperty().addListener(redraw);
            refresh();
            setText(null);
            setGraphic(box);
        }

        private void refresh() {
            if (bound == null) {
                return;
            }
            label.setText(bound.label().get());
            label.setTooltip(new Tooltip(bound.label().get() + "\n" + bound.statusProperty().get()));
            box.getChildren().setAll(shown, swatch(bound), label);
        }
    }
}
