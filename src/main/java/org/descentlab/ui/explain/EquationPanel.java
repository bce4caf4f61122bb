package org.descentlab.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.descentlab.core.analysis.StepExplanation;

/**
 * The selected run's update rule at the playhead, line by line, each with the number it gave: the
 * gradient, the state it updates (m, v, …), the bias-corrected moments and the step taken.
 */
final class EquationPanel extends VBox {

    private final MainViewModel vm;
    private final Label title = new Label();
    private final Label parameters = new Label();
    private final GridPane lines = new GridPane();

    EquationPanel(MainViewModel vm) {
        this.vm = vm;
        setId("equation-panel");
        getStyleClass().add(Styles.EQUATION_PANEL);
        setSpacing(4);
        setPadding(new Insets(6, 8, 6, 8));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        title.setWrapText(true);
        parameters.getStyleClass().add(Styles.CAPTION);
        parameters.setWrapText(true);
        lines.setHgap(12);
        lines.setVgap(2);
        getChildren().addAll(title, parameters, lines);
        vm.explanationProperty().addListener(o -> show());
        vm.pathsRevisionProperty().addListener(o -> show());
        show();
    }

    private void show() {
        StepExplanation e = vm.explanationProperty().get();
        RunViewModel run = vm.selectedRunProperty().get();
        lines.getChildren().clear();
        if (e == null || run == null) {
            title.setText("Update rule");
            parameters.setText("No step to show: the run has not moved.");
            return;
        }
        boolean next = vm.playheadProperty().get() < e.step();
        title.setText("Update rule — " + run.label().get() + (next ? "   (the first step)" : "   step t = " + e.step()));
        parameters.setText(e.parameters());
        int row = 0;
        for (StepExplanation.Line line : e.lines()) {
            Label rule = new Label(line.rule());
            rule.getStyleClass().add(Styles.EQUATION);
            Label value = new Label("= " + format(line.value()));
            value.getStyleClass().add(Styles.EQUATION);
            lines.addRow(row++, rule, value);
        }
    }

    /** "(a, b)" for a pair, "a" for one number, "[a, b, c]" for the Hessian's three entries. */
    static String format(double[] v) {
        if (v.length == 1) {
            return Ticks.label(v[0]);
        }
        StringBuilder s = new StringBuilder(v.length == 2 ? "(" : "[");
        for (int k = 0; k < v.length; k++) {
            s.append(k > 0 ? ", " : "").append(Ticks.label(v[k]));
        }
        return s.append(v.length == 2 ? ")" : "]").toString();
    }
}
