package org.descentlab.ui.explain;

import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.descentlab.core.analysis.StepExplanation;
import org.descentlab.core.run.Runner;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Styles;
import org.descentlab.ui.base.Text;

/**
 * The selected run's update rule at the playhead, line by line, each with the number it gave: the
 * gradient, the state it updates (m, v, …), the bias-corrected moments and the step taken; and the state
 * it started the step with. Above the rule, how the gradient was taken and its estimated error there, in
 * amber where it biases the path.
 */
public final class EquationPanel extends VBox {

    private final ExplanationViewModel vm;
    private final Label title = new Label();
    private final Label parameters = new Label();
    private final Label before = new Label();
    private final Label gradient = new Label();
    private final GridPane lines = new GridPane();
    private ObservableDoubleValue width;

    public EquationPanel(ExplanationViewModel vm) {
        this.vm = vm;
        setId("equation-panel");
        getStyleClass().add(Styles.EQUATION_PANEL);
        setSpacing(4);
        setPadding(new Insets(6, 8, 6, 8));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        title.setWrapText(true);
        title.textProperty().bind(vm.titleProperty());
        parameters.textProperty().bind(vm.parametersProperty());
        gradient.setId("gradient-note");
        gradient.textProperty().bind(vm.gradientProperty());
        gradient.managedProperty().bind(gradient.textProperty().isNotEmpty());
        gradient.setWrapText(true);
        vm.gradientBiasedProperty().addListener((o, was, now) -> warn(now));
        warn(vm.gradientBiasedProperty().get());
        for (Label l : new Label[] {parameters, before}) {
            l.getStyleClass().add(Styles.CAPTION);
            l.setWrapText(true);
        }
        lines.setHgap(12);
        lines.setVgap(2);
        getChildren().addAll(title, parameters, before, gradient, lines);
        vm.explanationProperty().addListener(o -> show());
        show();
    }

    /**
     * The sentences wrap at {@code width}; a rule line too long for it puts its value on a line of its own under the
     * rule (and only a line longer still scrolls).
     */
    public void wrapTextAt(ObservableDoubleValue width) {
        for (Label l : new Label[] {title, parameters, before, gradient}) {
            l.maxWidthProperty().bind(Bindings.subtract(width, 24));
        }
        this.width = width;
        width.addListener(o -> show());
        show();
    }

    /** The note on the gradient in amber where its error biases the path, a caption otherwise. */
    private void warn(boolean biased) {
        gradient.getStyleClass().removeAll(Styles.CAPTION, Styles.WARNING_TEXT);
        gradient.getStyleClass().add(biased ? Styles.WARNING_TEXT : Styles.CAPTION);
    }

    private void show() {
        StepExplanation e = vm.explanationProperty().get();
        lines.getChildren().clear();
        if (e == null) {
            before.setText("");
            return;
        }
        before.setText(state(e.before().parts()));
        lay(e, false);
        // the new labels' skins, so that the grid knows its width
        lines.applyCss();
        if (width != null && lines.prefWidth(-1) > width.get() - 24) {
            lines.getChildren().clear();
            lay(e, true);
        }
    }

    /** The rule's lines: each rule and its value side by side, or the value under its rule, indented. */
    private void lay(StepExplanation e, boolean stacked) {
        int row = 0;
        for (StepExplanation.Line line : e.lines()) {
            RuleLine rule = new RuleLine(line.rule().equals(Runner.STEP_TAKEN) ? Text.get("explain.stepTaken") : line.rule());
            Label value = new Label("= " + format(line.value()));
            value.getStyleClass().add(Styles.EQUATION);
            if (stacked) {
                value.setPadding(new Insets(0, 0, 2, 24));
                lines.addRow(row++, rule);
                lines.addRow(row++, value);
            } else {
                lines.addRow(row++, rule, value);
            }
        }
    }

    /** "before the step: m = (0.1, 0.2)   v = (0.01, 0.04)", or "" for an optimizer with no state. */
    private static String state(Map<String, double[]> parts) {
        if (parts.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        parts.forEach((name, value) -> s.append(s.length() == 0 ? "" : "   ").append(name).append(" = ").append(format(value)));
        return Text.format("explain.before", s);
    }

    /** "(a, b)" for a pair, "a" for one number, "[a, b, c]" for the Hessian's three entries. */
    static String format(double[] v) {
        if (v.length == 1) {
            return Numbers.label(v[0]);
        }
        StringBuilder s = new StringBuilder(v.length == 2 ? "(" : "[");
        for (int k = 0; k < v.length; k++) {
            s.append(k > 0 ? Numbers.separator() : "").append(Numbers.label(v[k]));
        }
        return s.append(v.length == 2 ? ")" : "]").toString();
    }
}
