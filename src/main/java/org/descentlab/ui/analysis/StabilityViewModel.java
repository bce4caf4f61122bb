package org.descentlab.ui.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.descentlab.core.analysis.Behaviour;
import org.descentlab.core.analysis.Quadratic;
import org.descentlab.core.analysis.RateSweep;
import org.descentlab.core.analysis.StabilityMap;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.ParameterSpec;
import org.descentlab.core.run.StopReason;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.base.Background;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.experiment.Experiment;

/**
 * The stability map of the selected run over two of its optimizer's hyper-parameters, on demand, off the FX thread
 * with progress and Cancel; a click on a cell sets both values on the run the map was of (undoable).
 */
public final class StabilityViewModel extends RateTool<StabilityMap> {

    /** What an axis is typed as. */
    public record AxisText(String name, String min, String max, String count, boolean log) {
    }

    static final String WEIGHT_DECAY = "weight_decay";
    private final ReadOnlyObjectWrapper<Quadratic> quadratic = new ReadOnlyObjectWrapper<>(this, "quadratic");

    public StabilityViewModel(Experiment experiment, Background background) {
        super(experiment, background);
        resultProperty().addListener((o, was, now) -> quadratic.set(now == null ? null
                : Quadratic.fit(experiment.function(), experiment.scenario().view().domain()).orElse(null)));
    }

    /** The real-number hyper-parameters of the selected run's optimizer, the axes it can have; empty with no run. */
    public List<String> parameters() {
        RunSettings r = experiment.scenario().selectedRun();
        return r == null ? List.of() : r.type().parameters().stream().filter(p -> p.kind() == ParameterSpec.Kind.NUMBER).map(ParameterSpec::name).toList();
    }

    /**
     * The axes first offered for an optimizer: the rate in log from 1e-3 to 10 across (past 2/L on most landscapes of
     * the presets, so that the edge where descent diverges shows); up, the parameter that moves that edge most: momentum
     * (momentum, nesterov, rmsprop's too), beta1 (the adam family), rho (adadelta), from 0 to 0.99. Plain descent has
     * only weight decay: it adds to every eigenvalue of the Hessian, so the edge moves from 2/L to 2/(L + wd) and the
     * flat direction speeds up; 0 to 1 shows both on the presets' bowls. Otherwise the first other real parameter,
     * 0 to 0.1.
     */
    public static AxisText[] defaults(OptimizerType type) {
        AxisText x = new AxisText(RateSweep.LEARNING_RATE, "0.001", "10", "48", true);
        for (String name : List.of("momentum", "beta1", "rho")) {
            if (type.parameter(name).isPresent()) {
                return new AxisText[] {x, new AxisText(name, "0", "0.99", "48", false)};
            }
        }
        List<String> others = type.parameters().stream().filter(p -> p.kind() == ParameterSpec.Kind.NUMBER && !p.name().equals(RateSweep.LEARNING_RATE))
                .map(ParameterSpec::name).toList();
        if (others.equals(List.of(WEIGHT_DECAY))) {
            return new AxisText[] {x, new AxisText(WEIGHT_DECAY, "0", "1", "48", false)};
        }
        return new AxisText[] {x, new AxisText(others.isEmpty() ? RateSweep.LEARNING_RATE : others.get(0), "0", "0.1", "48", false)};
    }

    /** The quadratic the function is on the view when the shown map arrived, for the chart's theory; null if it is none. */
    public ReadOnlyObjectProperty<Quadratic> quadraticProperty() {
        return quadratic.getReadOnlyProperty();
    }

    /** Maps the selected run over the two axes as typed; what does not read, or what the optimizer refuses, says so. */
    public void run(AxisText across, AxisText up) {
        if (!hasRun()) {
            return;
        }
        Scenario s = experiment.scenario();
        StabilityMap.Axis x;
        StabilityMap.Axis y;
        try {
            x = axis(across);
            y = axis(up);
            StabilityMap.check(s.config(s.selected()), x, y);
        } catch (IllegalArgumentException e) {
            refuse(e.getMessage());
            return;
        }
        startOnSelected(Set.of(x.name(), y.name()), (f, run, view, p) -> StabilityMap.compute(f, run, x, y, p), StabilityViewModel::summary);
    }

    private static StabilityMap.Axis axis(AxisText t) {
        return new StabilityMap.Axis(t.name(), Numbers.finite(Text.format("stability.from", t.name()), t.min()),
                Numbers.finite(Text.format("stability.to", t.name()), t.max()),
                RateWords.whole(Text.format("stability.values", t.name()), t.count()), t.log());
    }

    private static String summary(StabilityMap m) {
        int converged = 0;
        int diverged = 0;
        for (Behaviour b : m.cells()) {
            converged += b.stop().reason() == StopReason.CONVERGED ? 1 : 0;
            diverged += b.stop().reason() == StopReason.DIVERGED ? 1 : 0;
        }
        return Text.format("stability.summary", m.cells().size(), converged, diverged);
    }

    /** Sets the two values of cell (i across, j up) on the run the map was of. */
    public void apply(int i, int j) {
        StabilityMap m = resultProperty().get();
        if (m != null) {
            Map<String, Double> values = new LinkedHashMap<>();
            values.put(m.x().name(), m.x().value(i));
            values.put(m.y().name(), m.y().value(j));
            apply(values);
        }
    }
}
