package org.descentlab.core.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.descentlab.core.AtomicFiles;

/**
 * The one JSON form of a scenario: presets, saved files ({@code .descentlab.json}) and the app's session.
 * Reading is strict (see {@link ScenarioReader}); writing is atomic.
 */
public final class ScenarioJson {

    /** Files larger than this are refused unread. */
    public static final long MAX_BYTES = 1 << 20;
    /** The extension of saved scenarios. */
    public static final String EXTENSION = ".descentlab.json";

    /**
     * A scenario read, and what in it was out of range and reset (empty when nothing was).
     *
     * @param scenario the scenario, with every reset applied
     * @param resets   one sentence per value reset, naming its line and field
     */
    public record Read(Scenario scenario, List<String> resets) {
        public Read {
            resets = List.copyOf(resets);
        }
    }

    private ScenarioJson() {
    }

    /** @throws ScenarioException when the text cannot be read as a scenario at all */
    public static Read read(byte[] content) throws ScenarioException {
        if (content.length > MAX_BYTES) {
            throw tooLarge(content.length);
        }
        ScenarioReader reader = new ScenarioReader();
        Scenario s = reader.read(JsonTree.parse(content));
        return new Read(s, reader.resets());
    }

    public static Read read(String json) throws ScenarioException {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a file; the messages say what is wrong, not which file (the caller knows and says it).
     *
     * @throws ScenarioException when it is missing, unreadable, too large or not a scenario
     */
    public static Read read(Path file) throws ScenarioException {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(size);
            }
            return read(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new ScenarioException("there is no such file");
        } catch (IOException e) {
            throw new ScenarioException(Files.isDirectory(file) ? "it is a folder, not a file" : "cannot read it: " + e.getMessage());
        }
    }

    /** The scenario as JSON text, ending in a new line. */
    public static String write(Scenario s) {
        return ScenarioWriter.write(s);
    }

    /**
     * Writes the file atomically: a temporary file beside it, flushed to disk, then moved over it. A
     * failure leaves the old file as it was.
     */
    public static void write(Scenario s, Path file) throws IOException {
        AtomicFiles.write(file, write(s).getBytes(StandardCharsets.UTF_8));
    }

    private static ScenarioException tooLarge(long bytes) {
        return new ScenarioException(String.format(Locale.ROOT, "it is %,d bytes; a scenario file is at most %,d bytes (1 MB)",
                bytes, MAX_BYTES));
    }
}
