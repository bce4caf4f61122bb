package org.descentlab.core.preset;

import java.util.List;

/** The shipped presets of a function f(x, y): all but the dataset scenarios, whose checks are their own. */
public final class FunctionPresets {

    private FunctionPresets() {
    }

    public static List<Preset> all() {
        return PresetLibrary.bundled().presets().stream().filter(p -> !p.scenario().isDataset()).toList();
    }
}
