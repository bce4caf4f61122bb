package org.descentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.descentlab.core.scenario.ScenarioJson;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a Russian system the command line and the files it writes stay English, with decimal points. */
class RussianLocaleCliTest {

    @TempDir
    Path dir;
    private Locale before;

    @BeforeEach
    void russianSystem() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("ru-RU"));
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void runPrintsDecimalPoints() {
        CliTest.Result run = CliTest.cli("run", "--function", "x^2 + y^2", "--optimizer", "gd", "--start", "-1.5,2", "--param",
                "lr=0.4", "--steps", "2");
        assertEquals(0, run.code(), run.err());
        assertEquals("0,-1.5,2.0,6.25,-2.999999999975554,3.9999999999633316", run.outLines().get(1));
        CliTest.Result compare = CliTest.cli("compare", "--function", "x^2", "--start", "1,1", "--run", "gd lr=0.1 steps=1");
        assertEquals(List.of("stop: 1 max-steps at step 1: still moving, |grad f| = 1.6"), compare.errLines());
    }

    @Test
    void aSavedScenarioIsEnglishWithDecimalPoints() throws Exception {
        Path png = dir.resolve("a.png");
        Path saved = dir.resolve("a" + ScenarioJson.EXTENSION);
        CliTest.Result r = CliTest.cli("render", "--function", "x^2 + 25*y^2", "--domain", "-5,5,-2,2", "--start", "-4.5,1.5",
                "--run", "gd lr=0.035", "--size", "240x120", "--out", png.toString(),
                "--save-scenario", saved.toString());
        assertEquals(0, r.code(), r.err());
        String json = Files.readString(saved, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"lr\": 0.035"), json);
        assertTrue(json.contains("-4.5"), json);
        assertFalse(json.matches("(?s).*\\p{IsCyrillic}.*"), json);
        assertFalse(json.matches("(?s).*\\d,\\d.*"), "no decimal comma: " + json);
    }
}
