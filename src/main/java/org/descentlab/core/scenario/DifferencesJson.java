package org.descentlab.core.scenario;

import static org.descentlab.core.scenario.JsonFields.number;
import static org.descentlab.core.scenario.JsonFields.oneOf;
import static org.descentlab.core.scenario.JsonFields.shorten;
import static org.descentlab.core.scenario.JsonFields.string;
import static org.descentlab.core.scenario.JsonFields.wrongType;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;

import org.descentlab.core.field.Differences;
import org.descentlab.core.field.Differences.Scheme;
import org.descentlab.core.scenario.JsonTree.Field;
import org.descentlab.core.scenario.JsonTree.Num;
import org.descentlab.core.scenario.JsonTree.Str;

/**
 * How a run's gradient is taken, in a scenario file: {@code "diff": "central"} or {@code "forward"}, and
 * {@code "h": "auto"} or a number &gt; 0, read as strictly as the other run fields (a value of the wrong type
 * refuses the file; a word or number out of range is reset on its own and listed) and, like them, always
 * written. A run without them takes central differences with the automatic step.
 */
final class DifferencesJson {

    private DifferencesJson() {
    }

    /**
     * The run's differences from its {@code diff} and {@code h} fields, either of which may be absent (null);
     * what is out of range is added to {@code resets}.
     */
    static Differences read(Field diff, Field h, String path, List<String> resets) throws ScenarioException {
        Scheme scheme = Scheme.CENTRAL;
        if (diff != null) {
            String word = string(diff.value(), path + ".diff");
            Optional<Scheme> s = Scheme.byId(word);
            if (s.isPresent()) {
                scheme = s.get();
            } else {
                resets.add("line " + diff.line() + ": " + path + ".diff '" + shorten(word) + "' is not one of "
                        + oneOf(Arrays.stream(Scheme.values()).map(Scheme::id).toList()) + "; reset to central");
            }
        }
        Differences auto = Differences.auto(scheme);
        if (h == null) {
            return auto;
        }
        if (h.value() instanceof Str word) {
            if (!word.value().equals(Differences.AUTO_TEXT)) {
                resets.add("line " + h.line() + ": " + path + ".h '" + shorten(word.value())
                        + "' is not \"auto\" or a number > 0; reset to auto");
            }
            return auto;
        }
        if (!(h.value() instanceof Num)) {
            throw wrongType(h.value(), path + ".h", "\"auto\" or a number > 0");
        }
        double v = number(h.value(), path + ".h");
        if (!(v > 0) || Double.isInfinite(v)) {
            resets.add("line " + h.line() + ": " + path + ".h " + RunGrammar.number(v)
                    + " is out of range (\"auto\" or a number > 0); reset to auto");
            return auto;
        }
        return Differences.fixed(scheme, v);
    }

    /** Writes {@code "diff"} and {@code "h"}. */
    static void write(JsonGenerator g, Differences d) throws IOException {
        g.writeStringField("diff", d.scheme().id());
        if (d.isAuto()) {
            g.writeStringField("h", Differences.AUTO_TEXT);
        } else {
            g.writeFieldName("h");
            g.writeRawValue(RunGrammar.number(d.h()));
        }
    }
}
