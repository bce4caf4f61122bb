package org.descentlab.ui.analysis;

import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.descentlab.core.scenario.Analysis;
import org.descentlab.ui.base.Forms;
import org.descentlab.ui.base.Styles;
import org.descentlab.ui.base.Text;

/**
 * Many starts in the side panel: off, a grid or random starts, how many, the seed of the random ones;
 * progress and Cancel while they run, and one sentence on what they found.
 */
final class ManyStartsSection extends VBox {

    private final AnalysisViewModel analysis;
    private final ComboBox<Analysis.Starts> pattern = Forms.combo(List.of(Analysis.Starts.values()),
            s -> Text.get("starts.pattern." + s.id()));
    private final Spinner<Integer> count = new Spinner<>();
    private final TextField seed = new TextField();
    private final Label seedLabel = new Label(Text.get("starts.seed"));
    private final Label countLabel = new Label();
    private boolean showing;

    ManyStartsSection(AnalysisViewModel analysis, ManyStartsViewModel vm) {
        this.analysis = analysis;
        setSpacing(4);
        pattern.setId("starts-pattern");
        pattern.setTooltip(Forms.longTooltip(Text.get("starts.patternTip")));
        count.setId("starts-count");
        count.setEditable(true);
        count.setPrefWidth(80);
        count.setTooltip(Forms.longTooltip(Text.get("starts.countTip")));
        seed.setId("starts-seed");
        seed.setPrefColumnCount(6);
        seed.setTooltip(new Tooltip(Text.get("starts.seedTip")));
        pattern.valueProperty().addListener((o, was, now) -> {
            if (!showing && now != null) {
                int n = now == analysis.analysis().starts() ? analysis.analysis().startCount()
                        : now == Analysis.Starts.RANDOM ? 64 : Analysis.DEFAULT_START_COUNT;
                analysis.toggle(a -> a.withStarts(now, n));
            }
        });
        count.valueProperty().addListener((o, was, now) -> {
            if (!showing && now != null) {
                analysis.edit(a -> a.withStarts(a.starts(), now));
            }
        });
        seed.setOnAction(e -> applySeed());
        seed.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                applySeed();
            }
        });
        GridPane form = Forms.grid(8);
        form.addRow(0, new Label(Text.get("starts.title")), pattern);
        form.addRow(1, countLabel, count);
        form.addRow(2, seedLabel, seed);

        ProgressBar bar = new ProgressBar();
        bar.setId("starts-progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button(Text.get("starts.cancel"));
        cancel.setId("starts-cancel");
        cancel.setTooltip(new Tooltip(Text.get("a11y.startsCancelTip")));
        cancel.setOnAction(e -> vm.cancel());
        HBox working = new HBox(6, bar, cancel);
        working.setAlignment(Pos.CENTER_LEFT);
        working.visibleProperty().bind(vm.runningProperty());
        working.managedProperty().bind(working.visibleProperty());
        Label status = new Label();
        status.setId("starts-status");
        status.getStyleClass().add(Styles.CAPTION);
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        Label key = new Label(Text.get("starts.key"));
        key.getStyleClass().add(Styles.CAPTION);
        key.setWrapText(true);
        key.visibleProperty().bind(vm.resultProperty().isNotNull());
        key.managedProperty().bind(key.visibleProperty());
        getChildren().addAll(form, working, status, key);
        analysis.analysisProperty().addListener((o, was, now) -> show(now));
        show(analysis.analysis());
    }

    private void show(Analysis a) {
        showing = true;
        pattern.setValue(a.starts());
        boolean on = a.starts() != Analysis.Starts.OFF;
        boolean random = a.starts() == Analysis.Starts.RANDOM;
        countLabel.setText(Text.get(random ? "starts.countRandom" : "starts.countGrid"));
        if (count.getValueFactory() == null
                || ((SpinnerValueFactory.IntegerSpinnerValueFactory) count.getValueFactory()).getMax() != a.starts().maxCount()) {
            count.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, a.starts().maxCount(), a.startCount()));
        } else {
            count.getValueFactory().setValue(a.startCount());
        }
        count.setDisable(!on);
        countLabel.setDisable(!on);
        seed.setText(Long.toString(a.startSeed()));
        for (var n : List.of(seed, seedLabel)) {
            n.setVisible(random);
            n.setManaged(random);
        }
        showing = false;
    }

    private void applySeed() {
        try {
            long s = Long.parseLong(seed.getText().strip());
            Forms.invalid(seed, false);
            analysis.edit(a -> a.withStartSeed(s));
        } catch (NumberFormatException e) {
            Forms.invalid(seed, true);
        }
    }
}
