package org.descentlab.core.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.descentlab.core.scenario.RunGrammar;
import org.descentlab.core.scenario.RunSettings;

import org.junit.jupiter.api.Test;

class PresetLibraryTest {

    @Test
    void everyBundledPresetLoadsWithNothingReset() {
        PresetLibrary.Loaded loaded = PresetLibrary.bundled();
        assertEquals(List.of(), loaded.problems());
        assertEquals(21, loaded.presets().size());
        for (String id : List.of("sphere", "elongated-bowl", "rosenbrock", "himmelblau", "rastrigin", "ackley", "beale",
                "booth", "goldstein-price", "six-hump-camel", "three-hump-camel", "matyas", "levi-n13", "mccormick",
                "styblinski-tang", "saddle", "monkey-saddle", "learning-rate-story", "linear-regression",
                "logistic-regression", "noisy-double-well")) {
            assertTrue(loaded.byId(id).isPresent(), id);
            assertTrue(!loaded.byId(id).get().scenario().notes().isBlank(), id + " says what it teaches");
        }
    }

    @Test
    void everyPresetRunThatFollowsAFrameworkStatesItsLearningRate() throws IOException {
        // a framework's default may change (torch.optim.SGD's went from none to 1e-3): a preset's picture must not
        Pattern runs = Pattern.compile("\"runs\"\\s*:\\s*\\[(.*?)]", Pattern.DOTALL);
        Pattern spec = Pattern.compile("\"([^\"]*)\"");
        for (Preset p : PresetLibrary.bundled().presets()) {
            String json;
            try (InputStream in = PresetLibrary.class.getResourceAsStream("/sample-functions/" + p.id() + ".json")) {
                json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Matcher list = runs.matcher(json);
            assertTrue(list.find(), p.id() + " lists its runs as specs");
            Matcher m = spec.matcher(list.group(1));
            int count = 0;
            while (m.find()) {
                String text = m.group(1);
                RunSettings run = RunGrammar.parse(text);
                if (run.type().hasConventions()) {
                    assertTrue((" " + text + " ").contains(" lr="), p.id() + ": '" + text + "' states its lr");
                }
                count++;
            }
            assertEquals(p.scenario().runs().size(), count, p.id());
        }
    }

    @Test
    void aBadPresetIsReportedAndSkippedAndTheRestLoad() {
        String good = "{\"format\": 1, \"title\": \"Good\", \"function\": \"x^2\", \"view\": {\"domain\": [-1, 1, -1, 1]}}";
        Map<String, String> files = Map.of(
                "index.txt", "good.json\nbroken.json\nmissing.json\nnewer.json\nreset.json\ngood.json\n",
                "good.json", good,
                "broken.json", "{\"format\": 1, \"title\": \"Broken\", ",
                "newer.json", "{\"format\": 7, \"function\": \"x\"}",
                "reset.json", "{\"format\": 1, \"title\": \"R\", \"function\": \"x\", \"runs\": [\"adam beta1=2\"]}");
        PresetLibrary.Loaded loaded = PresetLibrary.load(name -> files.containsKey(name)
                ? new ByteArrayInputStream(files.get(name).getBytes(StandardCharsets.UTF_8)) : null);
        assertEquals(List.of("good", "reset"), loaded.presets().stream().map(Preset::id).toList());
        assertEquals(List.of(
                "broken.json: the file ends in the middle of the JSON: it may have been cut short",
                "missing.json: file not found",
                "newer.json: made by a newer DescentLab (format 7); this version reads format 3 and older",
                "reset.json: line 1: runs[0]: run 'adam beta1=2': adam: beta1 must be a number in [0, 1), got 2; left out",
                "good.json: listed twice in index.txt; loaded once"), loaded.problems());
        assertEquals(Map.of("broken", "the file ends in the middle of the JSON: it may have been cut short",
                "missing", "file not found",
                "newer", "made by a newer DescentLab (format 7); this version reads format 3 and older"), loaded.failures());
        assertEquals("Good", loaded.byId("good").orElseThrow().name());
    }
}
