package org.descentlab.ui.analysis;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.descentlab.core.scenario.Analysis;
import org.descentlab.ui.base.Forms;
import org.descentlab.ui.base.Styles;
import org.descentlab.ui.base.Text;

/**
 * The switches of the gradient field (with its density) and of the local geometry at the playhead, and
 * what the geometry says, in words. Every change goes into the scenario through {@link AnalysisViewModel}.
 */
final class FieldSection extends VBox {

    private final CheckBox field = new CheckBox(Text.get("field.gradient"));
    private final Spinner<Integer> arrows = new Spinner<>(Analysis.MIN_ARROWS, Analysis.MAX_ARROWS, Analysis.DEFAULT_ARROWS);
    private final CheckBox geometry = new CheckBox(Text.get("geometry.local"));
    private final HBox density = new HBox(8);
    private boolean showing;

    FieldSection(AnalysisViewModel vm, LocalGeometryViewModel local) {
        setSpacing(6);
        field.setId("gradient-field");
        field.setTooltip(Forms.longTooltip(Text.get("field.gradientTip")));
        field.selectedProperty().addListener((o, was, now) -> {
            if (!showing) {
                vm.toggle(a -> a.withGradientField(now));
            }
        });
        arrows.setId("arrows");
        arrows.setEditable(true);
        arrows.setPrefWidth(80);
        SpinnerValueFactory<Integer> factory = arrows.getValueFactory();
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : Integer.toString(n);
            }

            @Override
            public Integer fromString(String text) {
                // what does not read is dropped: the field shows the value in effect again
                try {
                    return Integer.parseInt(text.strip());
                } catch (NumberFormatException e) {
                    return factory.getValue();
                }
            }
        });
        arrows.setTooltip(new Tooltip(Text.format("field.arrowsTip", Analysis.MIN_ARROWS, Analysis.MAX_ARROWS)));
        arrows.valueProperty().addListener((o, was, now) -> {
            if (!showing && now != null) {
                vm.edit(a -> a.withArrows(Math.max(Analysis.MIN_ARROWS, Math.min(Analysis.MAX_ARROWS, now))));
            }
        });
        Label arrowsLabel = new Label(Text.get("field.arrows"));
        arrowsLabel.setLabelFor(arrows);
        density.getChildren().addAll(arrowsLabel, arrows);
        density.setAlignment(Pos.CENTER_LEFT);
        density.setPadding(new Insets(0, 0, 0, 24));
        geometry.setId("local-geometry");
        geometry.setTooltip(Forms.longTooltip(Text.get("geometry.localTip")));
        geometry.selectedProperty().addListener((o, was, now) -> {
            if (!showing) {
                vm.toggle(a -> a.withLocalGeometry(now));
            }
        });
        Label caption = new Label();
        caption.setId("geometry-caption");
        caption.getStyleClass().add(Styles.CAPTION);
        caption.setWrapText(true);
        caption.setMinHeight(Label.USE_PREF_SIZE);
        caption.textProperty().bind(local.captionProperty());
        caption.visibleProperty().bind(caption.textProperty().isNotEmpty());
        caption.managedProperty().bind(caption.visibleProperty());
        getChildren().addAll(field, density, geometry, caption);
        vm.analysisProperty().addListener((o, was, now) -> show(now));
        show(vm.analysis());
    }

    private void show(Analysis a) {
        showing = true;
        field.setSelected(a.gradientField());
        arrows.getValueFactory().setValue(a.arrows());
        density.setDisable(!a.gradientField());
        geometry.setSelected(a.localGeometry());
        showing = false;
    }
}
