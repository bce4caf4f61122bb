package org.descentlab.core.optim;

import java.util.ArrayList;
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
    private final BiFunction<double[], Convention, Optimizer> factory;

    /** An optimizer that is the same under every convention (Newton). */
    public OptimizerType(String name, String description, List<ParameterSpec> parameters,
            Function<double[], Optimizer> factory) {
        this(name, description, parameters, Map.of(), (v, c) -> factory.apply(v));
    }

    /**
     * @param kerasDefaults the defaults Keras uses where they differ from PyTorch's
     * @param factory       builds the optimizer from values in the order of {@code parameters}
     */
    public OptimizerType(String name, String description, List<ParameterSpec> parameters,
            Map<String, Double> kerasDefaults, BiFunction<double[], Convention, Optimizer> factory) {
        this.name = Validate.notNull("name", name);
        this.description = Validate.notNull("description", description);
        this.parameters = List.copyOf(parameters);
        this.kerasDefaults = Map.copyOf(kerasDefaults);
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

    /** The default as text (true/false for flags) under a convention. */
    public String defaultText(ParameterSpec spec, Convention convention) {
        double v = defaultValue(spec, convention);
        return spec.bool() ? String.valueOf(v != 0) : ParameterSpec.format(v);
    }

    /** Whether Keras's defaults differ from PyTorch's for this optimizer. */
    public boolean hasKerasDefaults() {
        return !kerasDefaults.isEmpty();
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
        double[] v = new double[parameters.size()];
        for (int k = 0; k < v.length; k++) {
            v[k] = defaultValue(parameters.get(k), convention);
        }
        Map<String, String> remaining = new LinkedHashMap<>(values);
        for (int k = 0; k < v.length; k++) {
            String text = remaining.remove(parameters.get(k).name());
            if (text != null) {
                v[k] = parameters.get(k).parse(name, text);
            }
        }
        if (!remaining.isEmpty()) {
            String unknown = remaining.keySet().iterator().next();
            throw new IllegalArgumentException(name + " has no parameter '" + unknown + "'; accepted: " + parameterNames());
        }
        return factory.apply(v, convention);
    }

    /** Validates values in declared order, as an optimizer's constructor does. */
    void check(double... values) {
        List<ParameterSpec> specs = new ArrayList<>(parameters);
        Validate.isTrue(values.length == specs.size(), name + " takes " + specs.size() + " values");
        for (int k = 0; k < values.length; k++) {
            specs.get(k).check(name, values[k]);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
