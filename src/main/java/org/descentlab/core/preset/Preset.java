package org.descentlab.core.preset;

import java.util.List;

import org.descentlab.core.Validate;
import org.descentlab.core.raster.Grid;

/**
 * A landscape with a story: one file in {@code sample-functions/}.
 *
 * @param id         the file name without {@code .json}, used on the command line
 * @param name       shown in the picker
 * @param expression f(x, y)
 * @param domain     xmin, xmax, ymin, ymax
 * @param start      the suggested start x, y
 * @param runs       suggested runs in the run-spec grammar, e.g. {@code "adam lr=0.05"}
 * @param minima     known minima as x, y pairs (may be empty: a saddle has none)
 * @param notes      what it teaches, in a sentence or two
 */
public record Preset(String id, String name, String expression, double[] domain, double[] start, List<String> runs,
        List<double[]> minima, String notes) {

    public Preset {
        Validate.notNull("id", id);
        Validate.notNull("name", name);
        Validate.notNull("expression", expression);
        Validate.notNull("domain", domain);
        Validate.notNull("start", start);
        Validate.isTrue(domain.length == 4, "domain must be [xmin, xmax, ymin, ymax], got " + domain.length + " numbers");
        Validate.isTrue(start.length == 2, "start must be [x, y], got " + start.length + " numbers");
        runs = List.copyOf(runs == null ? List.of() : runs);
        minima = List.copyOf(minima == null ? List.of() : minima);
        for (double[] m : minima) {
            Validate.isTrue(m.length == 2, "each minimum must be [x, y]");
        }
        notes = notes == null ? "" : notes;
        new Grid(domain[0], domain[1], domain[2], domain[3], 2, 2);
        Validate.finite("start x", start[0]);
        Validate.finite("start y", start[1]);
    }

    /** The domain as a grid of n × n points; throws if the domain is invalid. */
    public Grid grid(int n) {
        return new Grid(domain[0], domain[1], domain[2], domain[3], n, n);
    }
}
