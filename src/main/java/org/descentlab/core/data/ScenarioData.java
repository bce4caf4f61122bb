package org.descentlab.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.descentlab.core.Validate;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.core.scenario.Scenario;

/**
 * The landscape of a dataset scenario: its CSV, found relative to the scenario's folder (or among the
 * shipped presets), read and checked with its loss and its runs' batches.
 */
public final class ScenarioData {

    /** Where the shipped presets and their CSVs are on the class path. */
    private static final String BUNDLED = "/sample-functions/";

    private ScenarioData() {
    }

    /**
     * Reads the scenario's CSV from beside it (an absolute path is taken as it is).
     *
     * @param folder the scenario file's folder
     * @throws IllegalArgumentException "data 'FILE': …" naming the row and column, the loss's mistake, or a run's batch
     */
    public static DatasetLoss load(Scenario s, Path folder) {
        Validate.isTrue(s.isDataset(), "the scenario has no data");
        Path csv = folder.resolve(s.data());
        Dataset data;
        try {
            data = DatasetCsv.read(csv);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("data '" + s.data() + "': " + e.getMessage());
        }
        return checked(s, data);
    }

    /**
     * Reads a shipped preset's CSV from the class path, beside the preset.
     *
     * @throws IllegalArgumentException as {@link #load(Scenario, Path)}
     */
    public static DatasetLoss loadBundled(Scenario s) {
        Validate.isTrue(s.isDataset(), "the scenario has no data");
        try (InputStream in = ScenarioData.class.getResourceAsStream(BUNDLED + s.data())) {
            if (in == null) {
                throw new IllegalArgumentException("data '" + s.data() + "': there is no such file among the presets");
            }
            return checked(s, parse(s.data(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalArgumentException("data '" + s.data() + "': cannot read it: " + e.getMessage());
        }
    }

    /**
     * The CSV a scenario names as the window holds it: an absolute path is a file, a relative one a shipped
     * preset's CSV.
     *
     * @throws IllegalArgumentException "data 'FILE': …" naming the row and column of what is refused
     */
    public static Dataset read(String data) {
        Validate.notNull("data", data);
        Path file = Path.of(data);
        if (file.isAbsolute()) {
            try {
                return DatasetCsv.read(file);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("data '" + file.getFileName() + "': " + e.getMessage());
            }
        }
        try (InputStream in = ScenarioData.class.getResourceAsStream(BUNDLED + data)) {
            if (in == null) {
                throw new IllegalArgumentException("data '" + data + "': there is no such file among the presets");
            }
            return parse(data, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("data '" + data + "': cannot read it: " + e.getMessage());
        }
    }

    /**
     * The bytes of a shipped preset's CSV, to copy beside a scenario saved from it.
     *
     * @throws IOException when there is no such CSV among the presets
     */
    public static byte[] bundledBytes(String name) throws IOException {
        try (InputStream in = ScenarioData.class.getResourceAsStream(BUNDLED + name)) {
            if (in == null) {
                throw new IOException("data '" + name + "': there is no such file among the presets");
            }
            return in.readAllBytes();
        }
    }

    /** The scenario's landscape on {@code data}, its loss read with the data's columns and its batches checked. */
    public static DatasetLoss checked(Scenario s, Dataset data) {
        DatasetLoss loss = DatasetLoss.of(data, s.function());
        for (int i = 0; i < s.runs().size(); i++) {
            checkBatch(s.runs().get(i), i, data.size());
        }
        return loss;
    }

    /** @throws IllegalArgumentException "run K: batch must be …" when run {@code index}'s batch exceeds the rows */
    public static void checkBatch(RunSettings run, int index, int rows) {
        if (run.batch() > rows) {
            throw new IllegalArgumentException("run " + (index + 1) + ": batch must be between 1 and " + rows
                    + " (the rows of the data), got " + run.batch());
        }
    }

    private static Dataset parse(String name, String text) {
        try {
            return DatasetCsv.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("data '" + name + "': " + e.getMessage());
        }
    }
}
