package org.descentlab.core.optim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.descentlab.core.Validate;

/**
 * What an optimizer is called, which hyper-parameters it takes, and how to build it from values. One
 * per optimizer file, listed in {@link Optimizers}.
 */
public final class OptimizerType {

    private final String name;
    private final String description;
    private final List<ParameterSpec> parameters;
    private final Map<String, Double> kerasDefaults;
    private final String kerasRule;
    private final BiFunction<Hyperparameters, Convention, Optimizer> factory;
    private final boolean conventions;
    /** The one framework that has it, or null when both do (or neither, Newton). */
    private final Convention only;

    /** An optimizer that is the same under every convention (Newton). */
    public OptimizerType(String name, String description, List<ParameterSpec> parameters,
            Function<Hyperparameters, Optimizer> factory) {
        this(name, description, parameters, Map.of(), "", (p, c) -> factory.apply(p), false, null);
    }

    /**
     * @param kerasDefaults the defaults Keras uses where they differ from PyTorch's
     * @param kerasRule     where Keras's update rule differs from PyTorch's, in a few words; empty if it does not
     * @param factory       builds the optimizer from validated values by name
     */
    public OptimizerType(String name, String description, List<ParameterSpec> parameters,
            Map<String, Double> kerasDefaults, String kerasRule, BiFunction<Hyperparameters, Convention, Optimizer> factory) {
        this(name, description, parameters, kerasDefaults, kerasRule, factory, true, null);
    }

    /**
     * An optimizer only one framework has (Rprop is torch.optim's, Lion Keras's): its rule and defaults are that
     * framework's under either convention, and a run under the other convention says so ({@link #conventionNote}).
     *
     * @param framework whose optimizer it is
     */
    public static OptimizerType only(Convention framework, String name, String description, List<ParameterSpec> parameters,
            BiFunction<Hyperparameters, Convention, Optimizer> factory) {
        return new OptimizerType(name, description, parameters, Map.of(), "", factory, true, Validate.notNull("framework", framework));
    }

    private OptimizerType(String name, String description, List<ParameterSpec> parameters, Map<String, Double> kerasDefaults,
            String kerasRule, BiFunction<Hyperparameters, Convention, Optimizer> factory, boolean conventions, Convention only) {
        this.conventions = conventions;
        this.only = only;
        this.name = Validate.notNull("name", name);
        this.description = Validate.notNull("description", description);
        this.parameters = List.copyOf(parameters);
        this.kerasDefaults = Map.copyOf(kerasDefaults);
        this.kerasRule = Validate.notNull("kerasRule", kerasRule);
        this.factory = Validate.notNull("factory", factory);
        for (String key : kerasDefaults.keySet()) {
            Validate.isTrue(parameter(key).isPresent(), name + " has no parameter " + key);
        }
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public List<ParameterSpec> parameters() {
        return parameters;
    }

    public Optional<ParameterSpec> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }

    /** Names of the parameters, comma-separated, for messages. */
    public String parameterNames() {
        return parameters.stream().map(ParameterSpec::name).collect(Collectors.joining(", "));
    }

    /** The default of a parameter under a convention. */
    public double defaultValue(ParameterSpec spec, Convention convention) {
        return convention == Convention.KERAS ? kerasDefaults.getOrDefault(spec.name(), spec.defaultValue())
                : spec.defaultValue();
    }

    /** The default as text (true/false for flags, a choice's word) under a convention. */
    public String defaultText(ParameterSpec spec, Convention convention) {
        return spec.text(defaultValue(spec, convention));
    }

    /**
     * Whether a parameter is PyTorch's alone (Keras has no dampening, no lr_decay, no maximize): under Keras's
     * convention it must keep its default.
     */
    public boolean pytorchOnly(ParameterSpec spec) {
        if (!conventions || spec.kind() == ParameterSpec.Kind.CHOICE) {
            return false;
        }
        Hyperparameters keras = Hyperparameters.defaults(this, Convention.KERAS);
        double step = spec.kind() == ParameterSpec.Kind.WHOLE ? 1 : 0.5;
        double other = spec.accepts(spec.defaultValue() + step) ? spec.defaultValue() + step : spec.defaultValue() / 2;
        try {
            create(spec.bool() ? keras.with(spec.name(), spec.defaultValue() == 0) : keras.with(spec.name(), other), Convention.KERAS);
            return false;
        } catch (IllegalArgumentException refused) {
            return true;
        }
    }

    /** Whether it follows a framework's convention at all; Newton, which neither framework has, does not. */
    public boolean hasConventions() {
        return conventions;
    }

    /** The one framework that has this optimizer; empty when both have it, or neither (Newton). */
    public Optional<Convention> only() {
        return Optional.ofNullable(only);
    }

    /** Whose rule and defaults a run under {@code convention} follows: the one framework's that has it, else that convention's. */
    public Convention rule(Convention convention) {
        return only == null ? convention : only;
    }

    /**
     * What a run under {@code convention} should be told once: that an optimizer only the other framework has
     * follows that framework's rule and defaults all the same; empty otherwise.
     */
    public Optional<String> conventionNote(Convention convention) {
        if (only == null || only == convention) {
            return Optional.empty();
        }
        String who = only == Convention.PYTORCH ? "PyTorch's" : "Keras's";
        return Optional.of(name + " is " + who + " alone: " + who + " rule and defaults, with defaults=" + convention.id() + " too");
    }

    /** Where Keras computes differently, e.g. "eps inside the square root"; empty where it does not. */
    public String kerasRule() {
        return kerasRule;
    }

    /** The optimizer with every parameter at its PyTorch default. */
    public Optimizer defaults() {
        return create(Map.of());
    }

    /** The optimizer with every parameter at the convention's default. */
    public Optimizer defaults(Convention convention) {
        return create(Map.of(), convention);
    }

    /** As {@link #create(Map, Convention)} with PyTorch's defaults and rules. */
    public Optimizer create(Map<String, String> values) {
        return create(values, Convention.PYTORCH);
    }

    /**
     * Builds the optimizer from text values by name; unnamed parameters keep the convention's defaults.
     *
     * @throws IllegalArgumentException naming the parameter for an unknown name or a bad value
     */
    public Optimizer create(Map<String, String> values, Convention convention) {
        Hyperparameters p = Hyperparameters.defaults(this, convention);
        Map<String, String> remaining = new LinkedHashMap<>(values);
        for (ParameterSpec spec : parameters) {
            String text = remaining.remove(spec.name());
            if (text != null) {
                p = p.withText(spec.name(), text);
            }
        }
        if (!remaining.isEmpty()) {
            String unknown = remaining.keySet().iterator().next();
            throw new IllegalArgumentException(name + " has no parameter '" + unknown + "'; accepted: " + parameterNames());
        }
        return create(p, convention);
    }

    /**
     * Builds the optimizer from typed values.
     *
     * @throws IllegalArgumentException for values of another optimizer, or a combination the convention
     *                                  refuses (Keras has no dampening)
     */
    public Optimizer create(Hyperparameters values, Convention convention) {
        Validate.isTrue(values.type() == this, name + " cannot take the parameters of " + values.type().name());
        Validate.notNull("convention", convention);
        return factory.apply(values, convention);
    }

    /** Validates values in declared order, as an optimizer's constructor does. */
    void check(double... values) {
        values(values);
    }

    /** Values in declared order as typed parameters (flags as 0 or 1); throws for a value out of range. */
    Hyperparameters values(double... values) {
        return new Hyperparameters(this, values);
    }

    @Override
    public String toString() {
        return name;
    }
}
