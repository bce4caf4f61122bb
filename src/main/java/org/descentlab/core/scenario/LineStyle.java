package org.descentlab.core.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a run's path is drawn, so that runs read apart without colour too. */
public enum LineStyle {
    SOLID, DASHED, DOTTED, DASH_DOT;

    /** As written in files: solid, dashed, dotted, dash-dot. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<LineStyle> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
    }

    /** The style a run gets from its place in the list when it names none. */
    public static LineStyle forIndex(int index) {
        return values()[Math.floorMod(index, values().length)];
    }

    /** The next style, for a copy that should read apart from its original. */
    public LineStyle next() {
        return values()[(ordinal() + 1) % values().length];
    }
}
