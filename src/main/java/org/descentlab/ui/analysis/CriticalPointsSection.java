package org.descentlab.ui.analysis;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.descentlab.ui.base.Forms;
import org.descentlab.ui.base.Styles;
import org.descentlab.ui.base.Text;

/** The Analysis section's switch for critical points, and a line on what was found. */
public final class CriticalPointsSection extends VBox {

    public CriticalPointsSection(CriticalPointsViewModel vm) {
        setSpacing(2);
        CheckBox box = new CheckBox(Text.get("critical.title"));
        box.setId("critical-points");
        box.setTooltip(Forms.longTooltip(Text.get("critical.tip")));
        box.setSelected(vm.onProperty().get());
        vm.onProperty().addListener((o, was, now) -> box.setSelected(now));
        box.setOnAction(e -> vm.setOn(box.isSelected()));
        Label status = new Label();
        status.setId("critical-points-status");
        status.getStyleClass().add(Styles.CAPTION);
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        status.tooltipProperty().bind(Bindings.createObjectBinding(() -> Forms.longTooltip(status.getText()), status.textProperty()));
        // indented under the box, and only while it is on
        status.setPadding(new Insets(0, 0, 0, 24));
        status.managedProperty().bind(vm.onProperty());
        status.visibleProperty().bind(vm.onProperty());
        getChildren().addAll(box, status);
    }
}
