package org.descentlab.core.optim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.descentlab.core.Vec2;

/** Builds an {@link OptimizerState#parts()} map in order, leaving out parts that are off (null). */
final class Parts {

    private final Map<String, double[]> parts = new LinkedHashMap<>();

    Parts add(String name, Vec2 value) {
        if (value != null) {
            parts.put(name, value.toArray());
        }
        return this;
    }

    Parts add(String name, double value) {
        parts.put(name, new double[] {value});
        return this;
    }

    Map<String, double[]> map() {
        return Collections.unmodifiableMap(parts);
    }
}
