package org.descentlab.core.scenario;

import static org.descentlab.core.scenario.JsonFields.allow;
import static org.descentlab.core.scenario.JsonFields.bool;
import static org.descentlab.core.scenario.JsonFields.object;
import static org.descentlab.core.scenario.JsonFields.pair;
import static org.descentlab.core.scenario.JsonFields.wrongType;

import java.util.ArrayList;
import java.util.List;

import org.descentlab.core.Vec2;
import org.descentlab.core.scenario.JsonTree.Arr;
import org.descentlab.core.scenario.JsonTree.Field;
import org.descentlab.core.scenario.JsonTree.Obj;

/** A scenario file's {@code minima}: where the known minima are, and which are global. */
final class MinimaField {

    private static final List<String> FIELDS = List.of("at", "global");

    private MinimaField() {
    }

    /** The known minima of a scenario object; none when the field is absent. */
    static List<KnownMinimum> read(Obj scenario) throws ScenarioException {
        Field f = scenario.fields().get("minima");
        if (f == null) {
            return List.of();
        }
        if (!(f.value() instanceof Arr list)) {
            throw wrongType(f.value(), "minima", "a list of minima, each {\"at\": [x, y], \"global\": true}");
        }
        List<KnownMinimum> out = new ArrayList<>();
        for (int k = 0; k < list.items().size(); k++) {
            String path = "minima[" + k + "]";
            Obj o = object(list.items().get(k), path);
            allow(o, "a minimum", FIELDS);
            Field at = o.fields().get("at");
            if (at == null) {
                throw new ScenarioException("line " + o.line() + ": " + path + ".at is missing: where the minimum is, [x, y]");
            }
            Vec2 point = pair(at.value(), path + ".at");
            boolean global = o.fields().containsKey("global") && bool(o.fields().get("global").value(), path + ".global");
            out.add(new KnownMinimum(point, global));
        }
        return out;
    }
}
