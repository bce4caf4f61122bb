package org.descentlab.core.preset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.descentlab.core.scenario.ScenarioException;
import org.descentlab.core.scenario.ScenarioJson;

/**
 * Loads the presets listed in {@code sample-functions/index.txt} (one file name a line, in picker
 * order), each a scenario file read by the same strict reader as saved files. A file that is missing or
 * does not read is reported and skipped; one with values out of range loads with them reset, and the
 * resets are reported; a name listed twice is reported once and loaded once.
 */
public final class PresetLibrary {

    /**
     * The presets that loaded, and what went wrong with the others.
     *
     * @param presets  in picker order
     * @param problems one sentence per problem, starting with the file name
     * @param failures why each preset that did not load failed, by id
     */
    public record Loaded(List<Preset> presets, List<String> problems, Map<String, String> failures) {
        public Loaded {
            presets = List.copyOf(presets);
            problems = List.copyOf(problems);
            failures = Map.copyOf(failures);
        }

        public Optional<Preset> byId(String id) {
            return presets.stream().filter(p -> p.id().equals(id)).findFirst();
        }

        public String ids() {
            return presets.stream().map(Preset::id).collect(Collectors.joining(", "));
        }
    }

    /** Where a preset file's bytes come from: the class path, or a folder in tests. */
    @FunctionalInterface
    public interface Source {
        /** The file's content, or null when there is no such file. */
        InputStream open(String fileName) throws IOException;
    }

    /** The preset the app opens with on a first start. */
    public static final String DEFAULT = "rosenbrock";

    private static volatile Loaded bundled;

    private PresetLibrary() {
    }

    /** The presets shipped in the jar (loaded once). */
    public static Loaded bundled() {
        Loaded l = bundled;
        if (l == null) {
            l = load(name -> PresetLibrary.class.getResourceAsStream("/sample-functions/" + name));
            bundled = l;
        }
        return l;
    }

    public static Loaded load(Source source) {
        List<Preset> presets = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, String> failures = new LinkedHashMap<>();
        List<String> files;
        try (InputStream index = source.open("index.txt")) {
            if (index == null) {
                return new Loaded(List.of(), List.of("sample-functions/index.txt is missing: no presets"), Map.of());
            }
            files = new String(index.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            return new Loaded(List.of(), List.of("cannot read sample-functions/index.txt: " + e.getMessage()), Map.of());
        }
        Set<String> seen = new HashSet<>();
        for (String file : files) {
            if (!seen.add(file)) {
                problems.add(file + ": listed twice in index.txt; loaded once");
                continue;
            }
            String id = file.endsWith(".json") ? file.substring(0, file.length() - 5) : file;
            try (InputStream in = source.open(file)) {
                if (in == null) {
                    fail(file, id, "file not found", problems, failures);
                    continue;
                }
                ScenarioJson.Read read = ScenarioJson.read(in.readAllBytes());
                for (String reset : read.resets()) {
                    problems.add(file + ": " + reset);
                }
                presets.add(new Preset(id, read.scenario()));
            } catch (ScenarioException e) {
                fail(file, id, e.getMessage(), problems, failures);
            } catch (IOException e) {
                fail(file, id, "cannot read it: " + e.getMessage(), problems, failures);
            }
        }
        return new Loaded(presets, problems, failures);
    }

    private static void fail(String file, String id, String why, List<String> problems, Map<String, String> failures) {
        problems.add(file + ": " + why);
        failures.put(id, why);
    }
}
