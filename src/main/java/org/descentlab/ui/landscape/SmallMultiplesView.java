package org.descentlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import javafx.beans.property.ObjectProperty;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.paint.Color;

/**
 * A grid of landscape panes, one per visible run. Every pane shows the same view and playhead, so a
 * zoom, pan or step in one happens in all.
 */
final class SmallMultiplesView extends GridPane {

    private final MainViewModel vm;
    private final ObjectProperty<Color> ink;
    private final BiConsumer<LandscapeView, RunViewModel> wire;
    private final List<LandscapeView> panes = new ArrayList<>();

    /**
     * @param wire installs the mouse handling on a new pane, for the run it shows
     */
    SmallMultiplesView(MainViewModel vm, ObjectProperty<Color> ink, BiConsumer<LandscapeView, RunViewModel> wire) {
        this.vm = vm;
        this.ink = ink;
        this.wire = wire;
        setHgap(4);
        setVgap(4);
        setId("small-multiples");
    }

    List<LandscapeView> panes() {
        return List.copyOf(panes);
    }

    /** One pane per visible run, in list order, laid out near-square. */
    void show(List<RunViewModel> runs) {
        while (panes.size() < runs.size()) {
            panes.add(newPane());
        }
        while (panes.size() > runs.size()) {
            LandscapeView gone = panes.remove(panes.size() - 1);
            gone.domainProperty().unbind();
            gone.landscapeProperty().unbind();
            gone.playheadProperty().unbind();
            gone.inkProperty().unbind();
        }
        getChildren().clear();
        getColumnConstraints().clear();
        getRowConstraints().clear();
        int columns = (int) Math.ceil(Math.sqrt(runs.size()));
        int rows = Math.max(1, (runs.size() + columns - 1) / Math.max(1, columns));
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(cc);
        }
        for (int r = 0; r < rows; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / rows);
            rc.setVgrow(Priority.ALWAYS);
            getRowConstraints().add(rc);
        }
        for (int k = 0; k < runs.size(); k++) {
            LandscapeView pane = panes.get(k);
            RunViewModel run = runs.get(k);
            pane.getProperties().put(RunViewModel.class, run);
            var t = run.trajectoryProperty().get();
            pane.paths().setAll(t == null ? List.of() : List.of(PathLayer.of(run)));
            pane.startProperty().set(run.ownStartProperty().get() == null ? vm.startProperty().get() : null);
            pane.minimaProperty().set(vm.minima());
            add(pane, k % columns, k / columns);
        }
    }

    private LandscapeView newPane() {
        LandscapeView pane = new LandscapeView(true);
        pane.domainProperty().bind(vm.domainProperty());
        pane.landscapeProperty().bind(vm.landscapeProperty());
        pane.playheadProperty().bind(vm.playheadProperty());
        pane.inkProperty().bind(ink);
        pane.legendAlwaysProperty().set(true);
        pane.setMinSize(120, 100);
        wire.accept(pane, null);
        return pane;
    }

    /** The run a pane shows. */
    static RunViewModel runOf(LandscapeView pane) {
        return (RunViewModel) pane.getProperties().get(RunViewModel.class);
    }
}
