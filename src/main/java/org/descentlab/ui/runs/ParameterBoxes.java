package org.descentlab.ui.runs;

import java.util.function.BooleanSupplier;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;

import org.descentlab.core.optim.ParameterSpec;
import org.descentlab.ui.base.Forms;

/**
 * The run editor's control for a hyper-parameter that is not a number: a check box for a flag, a list of
 * its words for a choice ({@code line_search_fn}). A change goes to the view-model unless the editor is
 * showing a run.
 */
final class ParameterBoxes {

    private ParameterBoxes() {
    }

    /** The control for {@code spec}, a flag or a choice, showing the run's value. */
    static Control of(ParameterSpec spec, RunEditorViewModel vm, Tooltip tip, BooleanSupplier showing) {
        Control control;
        if (spec.bool()) {
            CheckBox box = new CheckBox();
            box.setSelected(vm.flag(spec));
            box.selectedProperty().addListener((o, was, now) -> {
                if (!showing.getAsBoolean()) {
                    vm.setParameter(spec.name(), String.valueOf(now));
                }
            });
            control = box;
        } else {
            ComboBox<String> box = Forms.combo(spec.choices(), word -> word);
            box.setValue(vm.text(spec));
            box.valueProperty().addListener((o, was, now) -> {
                if (!showing.getAsBoolean() && now != null) {
                    vm.setParameter(spec.name(), now);
                }
            });
            control = box;
        }
        control.setId("parameter-" + spec.name());
        control.getProperties().put(ParameterSpec.class, spec);
        control.setTooltip(tip);
        return control;
    }

    /** Shows the run's values in every such control of {@code parameters}. */
    static void show(GridPane parameters, RunEditorViewModel vm) {
        for (Node n : parameters.getChildren()) {
            Object spec = n.getProperties().get(ParameterSpec.class);
            if (n instanceof CheckBox box) {
                box.setSelected(vm.flag((ParameterSpec) spec));
            } else if (n instanceof ComboBox<?> box) {
                box.getSelectionModel().select(((ParameterSpec) spec).choices().indexOf(vm.text((ParameterSpec) spec)));
            }
        }
    }
}
