package org.descentlab.ui.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.descentlab.core.optim.Convention;
import org.descentlab.core.optim.Optimizer;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.scenario.Scenario;

/**
 * What a learning-rate tool's result was computed from: the run (by its place), the function, the view, and the
 * run's settings but for the hyper-parameters the tool varies itself. Once these differ from the scenario's, the
 * result is out of date; setting a value the tool varies (as its click does) keeps it current.
 *
 * @param run         the index of the run
 * @param function    the function's text
 * @param view        the view the tool saw
 * @param type        the run's optimizer
 * @param convention  its defaults' convention
 * @param fixed       its hyper-parameters as text, without the varied ones
 * @param rest        the run's other settings: start, steps, tolerance, noise, seed, clip, differences, schedule
 */
record RateInputs(int run, String function, Domain view, OptimizerType type, Convention convention, Map<String, String> fixed,
        List<Object> rest) {

    /** The inputs of scenario {@code s}'s selected run, leaving out {@code varied}; null when it has no run. */
    static RateInputs of(Scenario s, Set<String> varied) {
        if (s.runs().isEmpty()) {
            return null;
        }
        int index = s.selected();
        RunConfig c = s.config(index);
        Optimizer o = c.optimizer();
        Map<String, String> fixed = new LinkedHashMap<>(o.parameters().texts());
        fixed.keySet().removeAll(varied);
        List<Object> rest = List.of(c.x0(), c.y0(), c.maxSteps(), c.tolerance(), c.noise(), c.seed(), c.clip(), c.differences(),
                c.schedule());
        return new RateInputs(index, s.function(), s.view().domain(), o.type(), o.convention(), fixed, rest);
    }
}
