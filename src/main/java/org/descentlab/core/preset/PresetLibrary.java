package org.descentlab.core.preset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.run.RunSpec;

/**
 * Loads the presets listed in {@code sample-functions/index.txt} (one file name a line, in picker
 * order). A file that is missing, is not valid JSON, or whose function, domain or runs do not read is
 * reported and skipped; the rest load.
 */
public final class PresetLibrary {

    /** The presets that loaded, and one sentence per file that did not. */
    public record Loaded(List<Preset> presets, List<String> problems) {
        public Loaded {
            presets = List.copyOf(presets);
            problems = List.copyOf(problems);
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

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);

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
        List<String> files;
        try (InputStream index = source.open("index.txt")) {
            if (index == null) {
                return new Loaded(List.of(), List.of("sample-functions/index.txt is missing: no presets"));
            }
            files = new String(index.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            return new Loaded(List.of(), List.of("cannot read sample-functions/index.txt: " + e.getMessage()));
        }
        for (String file : files) {
            try (InputStream in = source.open(file)) {
                if (in == null) {
                    problems.add(file + ": file not found");
                    continue;
                }
                presets.add(parse(file, in.readAllBytes()));
            } catch (JsonProcessingException e) {
                problems.add(file + ": not a valid preset: " + e.getOriginalMessage());
            } catch (IOException | IllegalArgumentException e) {
                problems.add(file + ": " + e.getMessage());
            }
        }
        return new Loaded(presets, problems);
    }

    /** Reads one preset file; throws with a message naming what is wrong. */
    static Preset parse(String file, byte[] content) throws IOException {
        PresetFile f = JSON.readValue(content, PresetFile.class);
        String id = file.endsWith(".json") ? file.substring(0, file.length() - 5) : file;
        if (f.name() == null || f.expression() == null) {
            throw new IllegalArgumentException("a preset needs a name and an expression");
        }
        ParseResult parsed = Expressions.parse(f.expression());
        if (parsed instanceof ParseResult.Failure failure) {
            throw new IllegalArgumentException("expression does not read: " + failure.error().describe());
        }
        for (String run : f.runs() == null ? List.<String>of() : f.runs()) {
            RunSpec.parse(run);
        }
        return new Preset(id, f.name(), f.expression(), f.domain(), f.start(), f.runs(), f.minima(), f.notes());
    }

    /** The file's JSON shape. */
    record PresetFile(String name, String expression, double[] domain, double[] start, List<String> runs,
            List<double[]> minima, String notes) {
    }
}
