package org.descentlab.ui.analysis;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.descentlab.core.scenario.Analysis;
import org.descentlab.ui.base.Forms;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Styles;
import org.descentlab.ui.base.Text;

/**
 * The basin map's settings in the Analysis section: on or off, cells per side, opacity and seeds per cell,
 * and while it computes, its progress with Cancel; then what it shows, in words.
 */
public final class BasinsPane extends VBox {

    /** The grids offered; one a file asks for besides them is offered too. */
    static final List<Integer> GRIDS = List.of(64, 128, 256, 512);

    private final CheckBox on = new CheckBox(Text.get("basins.toggle"));
    private final ComboBox<Integer> cells = Forms.combo(GRIDS, n -> Text.format("basins.cellsItem", n));
    private final Slider opacity = new Slider(0, 1, Analysis.DEFAULT_BASIN_OPACITY);
    private final Spinner<Integer> seeds = new Spinner<>();
    private boolean showing;

    public BasinsPane(AnalysisViewModel analysis, BasinsViewModel basins) {
        setSpacing(4);
        setId("basins-pane");
        on.setId("basins");
        on.setTooltip(Forms.longTooltip(Text.get("basins.toggleTip")));
        on.selectedProperty().addListener((o, was, now) -> {
            if (!showing) {
                analysis.toggle(a -> a.withBasins(now));
            }
        });
        cells.setId("basins-cells");
        cells.setTooltip(Forms.longTooltip(Text.get("basins.cellsTip")));
        cells.valueProperty().addListener((o, was, now) -> {
            if (!showing && now != null) {
                analysis.toggle(a -> a.withBasinGrid(now));
            }
        });
        opacity.setId("basins-opacity");
        opacity.setTooltip(new Tooltip(Text.get("basins.opacityTip")));
        opacity.valueProperty().addListener((o, was, now) -> {
            if (!showing) {
                analysis.edit(a -> a.withBasinOpacity(Math.max(0, Math.min(1, Numbers.round(now.doubleValue(), 2)))));
            }
        });
        seeds.setId("basins-seeds");
        seeds.setEditable(true);
        seeds.setPrefWidth(80);
        seeds.setTooltip(Forms.longTooltip(Text.get("basins.seedsTip")));
        SpinnerValueFactory.IntegerSpinnerValueFactory k = new SpinnerValueFactory.IntegerSpinnerValueFactory(1,
                Analysis.MAX_BASIN_SEEDS, 1);
        k.setConverter(wholeOrKept(k));
        seeds.setValueFactory(k);
        seeds.valueProperty().addListener((o, was, now) -> {
            if (!showing && now != null) {
                analysis.edit(a -> a.withBasinSeeds(now));
            }
        });
        GridPane settings = Forms.grid(8);
        settings.addRow(0, label("basins.cells", "basins.cellsTip"), cells);
        Label percent = new Label();
        percent.textProperty().bind(Bindings.createStringBinding(
                () -> Text.format("basins.percent", Math.round(opacity.getValue() * 100)), opacity.valueProperty()));
        percent.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(opacity, Priority.ALWAYS);
        HBox opacityRow = new HBox(6, opacity, percent);
        opacityRow.setAlignment(Pos.CENTER_LEFT);
        settings.addRow(1, label("basins.opacity", "basins.opacityTip"), opacityRow);
        settings.addRow(2, label("basins.seeds", "basins.seedsTip"), seeds);

        ProgressBar bar = new ProgressBar();
        bar.setId("basins-progress");
        bar.setTooltip(new Tooltip(Text.get("basins.progressTip")));
        bar.progressProperty().bind(basins.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button(Text.get("basins.cancel"));
        cancel.setId("basins-cancel");
        cancel.setTooltip(new Tooltip(Text.get("basins.cancelTip")));
        cancel.setOnAction(e -> basins.cancel());
        HBox working = new HBox(6, bar, cancel);
        working.setAlignment(Pos.CENTER_LEFT);
        working.visibleProperty().bind(basins.runningProperty());
        working.managedProperty().bind(working.visibleProperty());

        Label status = new Label();
        status.setId("basins-status");
        status.getStyleClass().add(Styles.CAPTION);
        status.setWrapText(true);
        status.textProperty().bind(basins.statusProperty());
        status.tooltipProperty().bind(Bindings.createObjectBinding(() -> Forms.longTooltip(status.getText()),
                status.textProperty()));
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());

        getChildren().addAll(on, settings, working, status);
        analysis.analysisProperty().addListener((o, was, now) -> show(now));
        show(analysis.analysis());
    }

    private static Label label(String key, String tip) {
        Label l = new Label(Text.get(key));
        l.setTooltip(Forms.longTooltip(Text.get(tip)));
        return l;
    }

    private void show(Analysis a) {
        showing = true;
        on.setSelected(a.basins());
        if (!cells.getItems().contains(a.basinGrid())) {
            List<Integer> offered = new ArrayList<>(GRIDS);
            offered.add(a.basinGrid());
            offered.sort(null);
            cells.getItems().setAll(offered);
        }
        cells.setValue(a.basinGrid());
        opacity.setValue(a.basinOpacity());
        seeds.getValueFactory().setValue(a.basinSeeds());
        showing = false;
    }

    /** Whole numbers as typed; text that is not one puts back the value in effect. */
    private static StringConverter<Integer> wholeOrKept(SpinnerValueFactory<Integer> factory) {
        return new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : Numbers.whole(v);
            }

            @Override
            public Integer fromString(String text) {
                try {
                    int v = Integer.parseInt(text.strip());
                    return Math.max(1, Math.min(Analysis.MAX_BASIN_SEEDS, v));
                } catch (NumberFormatException e) {
                    return factory.getValue();
                }
            }
        };
    }
}
