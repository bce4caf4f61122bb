package org.descentlab.core.export;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.descentlab.core.NumberText;
import org.descentlab.core.optim.Convention;
import org.descentlab.core.optim.Hyperparameters;
import org.descentlab.core.optim.Optimizer;

/**
 * Whether a framework's optimizer walks a run's path. Under its own convention it does, with every
 * hyper-parameter it has. Under the other convention the two rules agree exactly when the parameters in
 * which they differ are 0: where eps goes, whether weight decay is added to the gradient or decoupled,
 * dampening, lr_decay and maximize, which Keras lacks. (Momentum in Keras's form, m = −lr·v, is the same path for a
 * constant lr; so is decoupled decay in plain descent and AdamW.) Anything else is refused with what to
 * change, never written as a script whose path differs.
 */
final class Compatibility {

    /** For each optimizer, the parameters whose rule differs between the two conventions. */
    private static final Map<String, List<String>> DIFFERING = Map.ofEntries(
            Map.entry("gd", List.of()),
            Map.entry("momentum", List.of("dampening", "weight_decay")),
            Map.entry("nesterov", List.of("weight_decay")),
            Map.entry("adagrad", List.of("eps", "lr_decay", "weight_decay")),
            Map.entry("adadelta", List.of("weight_decay")),
            Map.entry("rmsprop", List.of("eps", "weight_decay")),
            Map.entry("adam", List.of("eps", "weight_decay")),
            Map.entry("adamw", List.of("eps")),
            Map.entry("adamax", List.of("eps", "weight_decay")),
            Map.entry("nadam", List.of("weight_decay")),
            // one framework's alone: its rule under either convention
            Map.entry("radam", List.of()),
            Map.entry("rprop", List.of()),
            Map.entry("asgd", List.of()),
            Map.entry("lbfgs", List.of()),
            Map.entry("lion", List.of()),
            Map.entry("lamb", List.of()));

    private Compatibility() {
    }

    /** Why {@code framework} cannot reproduce a run of {@code o}, naming what is missing or what to change; empty if it can. */
    static Optional<String> refusal(Optimizer o, Framework framework, Map<String, String> optimizers) {
        String name = o.type().name();
        if (!optimizers.containsKey(name)) {
            return Optional.of(framework.label() + " has no " + name + " optimizer; select or export a run of another optimizer");
        }
        Hyperparameters p = o.parameters();
        if (framework == Framework.KERAS && o.type().parameter("maximize").isPresent() && p.flag("maximize")) {
            return Optional.of("Keras's optimizers have no maximize, and this run has maximize=true: export it to PyTorch,"
                    + " or set maximize=false in the run");
        }
        if (framework == Framework.KERAS && name.equals("nadam") && p.get("momentum_decay") != 1) {
            return Optional.of("Keras's Nadam has no momentum_decay (its momentum schedule is 0.96^t, momentum_decay=1),"
                    + " and this run has momentum_decay=" + p.text("momentum_decay") + ": set momentum_decay=1 in the run");
        }
        Convention own = o.convention();
        if (own == framework.convention()) {
            return Optional.empty();
        }
        for (String parameter : DIFFERING.get(name)) {
            if (p.get(parameter) != 0) {
                return Optional.of(name + " with defaults=" + own.id() + " has " + parameter + "="
                        + NumberText.exact(p.get(parameter)) + ", where "
                        + framework.label() + "'s rule differs (" + why(o, parameter) + "): set defaults=" + framework.convention().id()
                        + " in the run (its path changes), or " + parameter + "=0");
            }
        }
        return Optional.empty();
    }

    private static String why(Optimizer o, String parameter) {
        return switch (parameter) {
            case "eps" -> "Keras: " + o.type().kerasRule();
            case "weight_decay" -> "PyTorch adds weight_decay·x to the gradient, Keras decouples it";
            default -> "Keras has no " + parameter;
        };
    }
}
