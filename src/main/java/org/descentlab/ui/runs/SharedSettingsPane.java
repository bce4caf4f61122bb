package org.descentlab.ui.runs;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.base.Forms;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Text;

/** What every run shares: the step limit and the tolerance on ‖∇f‖. */
public final class SharedSettingsPane extends VBox {

    private final TextField steps = new TextField();
    private final TextField tol = new TextField();
    private boolean showing;

    public SharedSettingsPane(RunEditorViewModel vm, ObservableValue<Scenario> scenario) {
        setSpacing(4);
        steps.setId("max-steps");
        tol.setId("tolerance");
        steps.setTooltip(new Tooltip(Text.format("shared.stepsTip", Scenario.MAX_STEPS)));
        tol.setTooltip(new Tooltip(Text.get("shared.toleranceTip")));
        Forms.live(steps);
        Forms.live(tol);
        steps.textProperty().addListener((o, was, now) -> {
            if (!showing) {
                Forms.invalid(steps, !vm.setSteps(now));
            }
        });
        tol.textProperty().addListener((o, was, now) -> {
            if (!showing) {
                Forms.invalid(tol, !vm.setTolerance(now));
            }
        });
        GridPane grid = Forms.grid(8);
        grid.addRow(0, new Label(Text.get("shared.steps")), steps);
        grid.addRow(1, new Label(Text.get("shared.tolerance")), tol);
        Label error = Forms.errorLabel();
        error.setId("shared-error");
        error.textProperty().bind(vm.sharedErrorProperty());
        getChildren().addAll(grid, error);
        scenario.addListener((o, was, now) -> show(now));
        show(scenario.getValue());
    }

    private void show(Scenario s) {
        showing = true;
        Forms.show(steps, Numbers.whole(s.steps()));
        Forms.show(tol, Numbers.exact(s.tolerance()));
        showing = false;
    }
}
