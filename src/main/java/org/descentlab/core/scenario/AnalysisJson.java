package org.descentlab.core.scenario;

import static org.descentlab.core.scenario.JsonFields.allow;
import static org.descentlab.core.scenario.JsonFields.bool;
import static org.descentlab.core.scenario.JsonFields.fitsLong;
import static org.descentlab.core.scenario.JsonFields.number;
import static org.descentlab.core.scenario.JsonFields.object;
import static org.descentlab.core.scenario.JsonFields.oneOf;
import static org.descentlab.core.scenario.JsonFields.shorten;
import static org.descentlab.core.scenario.JsonFields.shown;
import static org.descentlab.core.scenario.JsonFields.string;
import static org.descentlab.core.scenario.JsonFields.whole;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;

import org.descentlab.core.scenario.Analysis.Starts;
import org.descentlab.core.scenario.JsonTree.Field;
import org.descentlab.core.scenario.JsonTree.Node;
import org.descentlab.core.scenario.JsonTree.Obj;

/**
 * The {@code "analysis"} object of a scenario file, read as strictly as the rest: an unknown field or a
 * wrong type refuses the file, a value out of range is reset on its own and listed.
 */
final class AnalysisJson {

    static final List<String> FIELDS = List.of("criticalPoints", "gradientField", "arrows", "localGeometry", "starts",
            "startCount", "startSeed", "basins", "basinGrid", "basinOpacity", "basinSeeds");

    private AnalysisJson() {
    }

    /** The analysis in {@code node}; what is out of range is added to {@code resets}. */
    static Analysis read(Node node, List<String> resets) throws ScenarioException {
        Obj o = object(node, "analysis");
        allow(o, "analysis", FIELDS);
        Analysis a = Analysis.NONE;
        a = a.withCriticalPoints(flag(o, "criticalPoints", a.criticalPoints()));
        a = a.withGradientField(flag(o, "gradientField", a.gradientField()));
        a = a.withArrows(count(o, "arrows", Analysis.MIN_ARROWS, Analysis.MAX_ARROWS, a.arrows(), resets));
        a = a.withLocalGeometry(flag(o, "localGeometry", a.localGeometry()));
        Starts starts = a.starts();
        Field s = o.fields().get("starts");
        if (s != null) {
            String word = string(s.value(), "analysis.starts");
            starts = Starts.byId(word).orElse(null);
            if (starts == null) {
                resets.add("line " + s.line() + ": analysis.starts '" + shorten(word) + "' is not one of "
                        + oneOf(Arrays.stream(Starts.values()).map(Starts::id).toList()) + "; reset to off");
                starts = Starts.OFF;
            }
        }
        a = a.withStarts(starts, count(o, "startCount", 1, starts.maxCount(), Analysis.DEFAULT_START_COUNT, resets));
        Field seed = o.fields().get("startSeed");
        if (seed != null) {
            long value = whole(seed.value(), "analysis.startSeed");
            if (fitsLong(seed.value())) {
                a = a.withStartSeed(value);
            } else {
                resets.add("line " + seed.line() + ": analysis.startSeed " + shown(seed.value())
                        + " is too large for a seed; reset to 0");
            }
        }
        a = a.withBasins(flag(o, "basins", a.basins()));
        a = a.withBasinGrid(count(o, "basinGrid", Analysis.MIN_BASIN_GRID, Analysis.MAX_BASIN_GRID, a.basinGrid(), resets));
        Field opacity = o.fields().get("basinOpacity");
        if (opacity != null) {
            double v = number(opacity.value(), "analysis.basinOpacity");
            if (v >= 0 && v <= 1) {
                a = a.withBasinOpacity(v);
            } else {
                resets.add("line " + opacity.line() + ": analysis.basinOpacity " + RunGrammar.number(v)
                        + " is out of range (0 to 1); reset to " + RunGrammar.number(a.basinOpacity()));
            }
        }
        return a.withBasinSeeds(count(o, "basinSeeds", 1, Analysis.MAX_BASIN_SEEDS, a.basinSeeds(), resets));
    }

    static void write(JsonGenerator g, Analysis a) throws IOException {
        g.writeObjectFieldStart("analysis");
        g.writeBooleanField("criticalPoints", a.criticalPoints());
        g.writeBooleanField("gradientField", a.gradientField());
        g.writeNumberField("arrows", a.arrows());
        g.writeBooleanField("localGeometry", a.localGeometry());
        g.writeStringField("starts", a.starts().id());
        g.writeNumberField("startCount", a.startCount());
        g.writeNumberField("startSeed", a.startSeed());
        g.writeBooleanField("basins", a.basins());
        g.writeNumberField("basinGrid", a.basinGrid());
        g.writeFieldName("basinOpacity");
        g.writeRawValue(RunGrammar.number(a.basinOpacity()));
        g.writeNumberField("basinSeeds", a.basinSeeds());
        g.writeEndObject();
    }

    private static boolean flag(Obj o, String name, boolean fallback) throws ScenarioException {
        Field f = o.fields().get(name);
        return f == null ? fallback : bool(f.value(), "analysis." + name);
    }

    private static int count(Obj o, String name, int min, int max, int fallback, List<String> resets)
            throws ScenarioException {
        Field f = o.fields().get(name);
        if (f == null) {
            return fallback;
        }
        long n = whole(f.value(), "analysis." + name);
        if (n < min || n > max) {
            resets.add("line " + f.line() + ": analysis." + name + " " + shown(f.value()) + " is out of range (" + min + " to " + max
                    + "); reset to " + fallback);
            return fallback;
        }
        return (int) n;
    }
}
