package org.descentlab.core.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Every run over one landscape, or a grid of panes with one run each. */
public enum Layout {
    OVERLAY, GRID;

    /** As written in files: overlay, grid. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Layout> byId(String id) {
        return Arrays.stream(values()).filter(l -> l.id().equals(id)).findFirst();
    }
}
