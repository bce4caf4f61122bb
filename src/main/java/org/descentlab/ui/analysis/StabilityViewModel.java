package org.descentlab.ui.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.descentlab.core.analysis.Behaviour;
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

    public StabilityViewModel(Experiment experiment, Background background) {
        super(experiment, background);
    }

    /** The real-number hyper-parameters of the selected run's optimizer, the axes it can have; empty with no run. */
    public List<String> parameters() {
        RunSettings r = experiment.scenario().selectedRun();
        return r == null ? List.of() : r.type().parameters().stream().filter(p -> p.kind() == ParameterSpec.Kind.NUMBER).map(ParameterSpec::name).toList();
    }

    /**
     * The axes first offered for an optimizer: the rate in log from 1e-3 to 1 across; momentum, beta1, alpha or rho
     * (whichever it has first) up, from 0 to just under the largest value it takes below 1.
     */
    public static AxisText[] defaults(OptimizerType type) {
        AxisText x = new AxisText("lr", "0.001", "1", "48", true);
        for (String name : List.of("momentum", "beta1", "alpha", "rho")) {
            if (type.parameter(name).isPresent()) {
                return new AxisText[] {x, new AxisText(name, "0", "0.99", "48", false)};
            }
        }
        String other = type.parameters().stream().filter(p -> p.kind() == ParameterSpec.Kind.NUMBER && !p.name().equals("lr")).map(ParameterSpec::name).findFirst()
                .orElse("lr");
        return new AxisText[] {x, new AxisText(other, "0", "0.1", "48", false)};
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
