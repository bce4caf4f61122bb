package org.descentlab.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.descentlab.core.Vec2;
import org.descentlab.core.optim.Convention;
import org.descentlab.core.preset.PresetLibrary;
import org.descentlab.core.raster.Colormap;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.scenario.Layout;
import org.descentlab.core.scenario.LineStyle;
import org.descentlab.core.scenario.Scenario;

import org.junit.jupiter.api.Test;

/** What the versions before files kept in Java Preferences, read once into a scenario. */
class LegacyPreferencesTest {

    @Test
    void theOldKeysBecomeAScenarioAndSettings() {
        Map<String, String> old = new HashMap<>();
        old.put("preset", "himmelblau");
        old.put("function", "(x^2+y-11)^2 + (x+y^2-7)^2 + x");
        old.put("runs", "\t0\tSOLID\ttrue\trmsprop lr=0.02 centered=true defaults=keras\n"
                + "fast one\t3\tDOTTED\tfalse\tgd lr=0.01 start=-1.0,1.0 noise=2.5 seed=4\n"
                + "broken\t1\tSOLID\ttrue\tnot-an-optimizer\n");
        old.put("selected", "1");
        old.put("domain", "-4.0,4.0,-3.0,5.0");
        old.put("start", "1.5,-2.0");
        old.put("steps", "500");
        old.put("tol", "1.0E-8");
        old.put("colormap", "magma");
        old.put("scale", "log");
        old.put("contours", "20");
        old.put("layout", "GRID");
        old.put("dark", "true");
        old.put("ghosts", "false");
        old.put("window", "10.0,20.0,1000.0,700.0");
        LegacyPreferences.Imported imported = LegacyPreferences.read(old::get, PresetLibrary.bundled(), AppSettings.DEFAULT)
                .orElseThrow();
        Scenario s = imported.scenario();
        assertEquals("(x^2+y-11)^2 + (x+y^2-7)^2 + x", s.function());
        assertEquals(2, s.runs().size(), "the run that no longer reads is left out");
        assertEquals(Convention.KERAS, s.runs().get(0).optimizer().convention());
        assertTrue(s.runs().get(0).optimizer().parameters().flag("centered"));
        assertEquals("fast one", s.runs().get(1).name());
        assertEquals(3, s.runs().get(1).colour());
        assertEquals(LineStyle.DOTTED, s.runs().get(1).line());
        assertEquals(false, s.runs().get(1).visible());
        assertEquals(2.5, s.runs().get(1).noise());
        assertEquals(new Vec2(-1, 1), s.runs().get(1).start());
        assertEquals(1, s.selected());
        assertEquals(new Domain(-4, 4, -3, 5), s.view().domain());
        assertEquals(new Vec2(1.5, -2), s.start());
        assertEquals(500, s.steps());
        assertEquals(1e-8, s.tolerance());
        assertEquals(Colormap.MAGMA, s.view().colormap());
        assertEquals(20, s.view().contours());
        assertEquals(Layout.GRID, s.layout());
        assertEquals(List.of(), s.minima(), "the preset's minima were of its own function");
        assertTrue(imported.settings().dark());
        assertEquals(false, imported.settings().ghostTrails());
        assertEquals(new AppSettings.Window(10, 20, 1000, 700, false), imported.settings().window());
        assertTrue(imported.settings().importedPreferences());
    }

    @Test
    void nothingToImportWithoutAFunction() {
        assertTrue(LegacyPreferences.read(key -> null, PresetLibrary.bundled(), AppSettings.DEFAULT).isEmpty());
    }
}
