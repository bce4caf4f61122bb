package org.descentlab.ui.runs;

import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.descentlab.core.field.Differences.Scheme;
import org.descentlab.ui.base.Forms;
import org.descentlab.ui.base.Text;

/**
 * The selected run's "Gradient" row: central or forward differences, and the step h ("auto" or a number),
 * with what does not take explained right under it. The controls show the run's method and send what is
 * chosen or typed to {@link GradientViewModel}, which decides.
 */
public final class GradientRow extends VBox {

    private final GradientViewModel vm;
    private final ComboBox<Scheme> scheme = Forms.combo(List.of(Scheme.values()), GradientViewModel::label);
    private final TextField step = new TextField();
    private boolean showing;
    private int shownIndex = -1;

    public GradientRow(GradientViewModel vm) {
        this.vm = vm;
        setSpacing(4);
        Label name = new Label(Text.get("gradient.row"));
        Label h = new Label(Text.get("gradient.h"));
        Tooltip schemeTip = Forms.longTooltip(GradientViewModel.schemeTooltip());
        Tooltip stepTip = Forms.longTooltip(GradientViewModel.stepTooltip());
        name.setTooltip(schemeTip);
        scheme.setTooltip(schemeTip);
        h.setTooltip(stepTip);
        step.setTooltip(stepTip);
        scheme.setId("gradient-scheme");
        step.setId("gradient-step");
        step.setPrefColumnCount(6);
        step.setPromptText(Text.get("gradient.auto"));
        scheme.valueProperty().addListener((o, was, now) -> {
            if (!showing && now != null) {
                vm.setScheme(now);
            }
        });
        Forms.live(step);
        step.textProperty().addListener((o, was, now) -> {
            if (!showing) {
                Forms.invalid(step, !vm.setStep(now));
            }
        });
        Label error = Forms.errorLabel();
        error.setId("gradient-error");
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        HBox row = new HBox(6, name, scheme, h, step);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(row, error);
        vm.shownProperty().addListener((o, was, now) -> show(now));
        show(vm.shownProperty().get());
    }

    /** Shows the run's method; a step the user is typing keeps its text, unless another run is shown. */
    private void show(GradientViewModel.Shown shown) {
        setDisable(shown == null);
        if (shown == null) {
            return;
        }
        showing = true;
        scheme.setValue(shown.differences().scheme());
        if (shown.index() != shownIndex) {
            step.setText(vm.stepText());
            Forms.invalid(step, false);
        }
        Forms.show(step, vm.stepText());
        shownIndex = shown.index();
        showing = false;
    }
}
