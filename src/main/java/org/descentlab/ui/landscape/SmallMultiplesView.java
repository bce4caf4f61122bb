package org.descentlab.ui.landscape;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjIntConsumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.paint.Color;

import org.descentlab.core.Vec2;
import org.descentlab.core.scenario.KnownMinimum;

/**
 * A grid of landscape panes, one per shown run. Every pane shows the same view and playhead, so a zoom,
 * pan or step in one happens in all.
 */
public final class SmallMultiplesView extends GridPane {

    /** One pane's run: where it is in the run list, and how it is drawn. */
    public record Pane(int index, RunPath path) {
    }

    private final LandscapeViewModel vm;
    private final ObservableIntegerValue playhead;
    private final ObservableValue<Color> ink;
    private final ObjIntConsumer<LandscapeView> wire;
    private final List<LandscapeView> panes = new ArrayList<>();
    private final ObjectProperty<List<CriticalPoint>> criticalPoints = new SimpleObjectProperty<>(this, "criticalPoints", List.of());
    private final ObjectProperty<CriticalPoint> pickedPoint = new SimpleObjectProperty<>(this, "pickedPoint");

    /** @param wire installs the mouse on a new pane, for the index of the run it shows */
    public SmallMultiplesView(LandscapeViewModel vm, ObservableIntegerValue playhead, ObservableValue<Color> ink,
            ObjIntConsumer<LandscapeView> wire) {
        this.vm = vm;
        this.playhead = playhead;
        this.ink = ink;
        this.wire = wire;
        setHgap(4);
        setVgap(4);
        setId("small-multiples");
    }

    /** The critical points every pane draws. */
    public ObjectProperty<List<CriticalPoint>> criticalPointsProperty() {
        return criticalPoints;
    }

    /** The critical point every pane rings; null for none. */
    public ObjectProperty<CriticalPoint> pickedPointProperty() {
        return pickedPoint;
    }

    public List<LandscapeView> panes() {
        return List.copyOf(panes);
    }

    /** The index of the run a pane shows. */
    public int runOf(LandscapeView pane) {
        return (Integer) pane.getProperties().get(Pane.class);
    }

    /** One pane per shown run, in list order, laid out near-square. */
    public void show(List<Pane> runs, Vec2 sharedStart, List<KnownMinimum> minima) {
        while (panes.size() > runs.size()) {
            dispose(panes.remove(panes.size() - 1));
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
            Pane run = runs.get(k);
            if (k == panes.size() || !panes.get(k).getProperties().get(Pane.class).equals(run.index())) {
                LandscapeView pane = newPane(run.index());
                if (k == panes.size()) {
                    panes.add(pane);
                } else {
                    dispose(panes.set(k, pane));
                }
            }
            LandscapeView pane = panes.get(k);
            pane.paths().setAll(List.of(run.path()));
            pane.startProperty().set(run.path().ownStart() == null ? sharedStart : null);
            pane.minimaProperty().set(minima);
            add(pane, k % columns, k / columns);
        }
    }

    private static void dispose(LandscapeView gone) {
        gone.domainProperty().unbind();
        gone.landscapeProperty().unbind();
        gone.playheadProperty().unbind();
        gone.inkProperty().unbind();
        gone.criticalPointsProperty().unbind();
        gone.pickedPointProperty().unbind();
    }

    private LandscapeView newPane(int index) {
        LandscapeView pane = new LandscapeView(true);
        pane.domainProperty().bind(vm.shownProperty());
        pane.landscapeProperty().bind(vm.landscapeProperty());
        pane.playheadProperty().bind(playhead);
        pane.inkProperty().bind(ink);
        pane.criticalPointsProperty().bind(criticalPoints);
        pane.pickedPointProperty().bind(pickedPoint);
        pane.legendAlwaysProperty().set(true);
        pane.setMinSize(120, 100);
        pane.getProperties().put(Pane.class, index);
        wire.accept(pane, index);
        return pane;
    }
}
