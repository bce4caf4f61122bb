package org.descentlab.ui.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.descentlab.core.AtomicFiles;
import org.descentlab.core.data.ScenarioData;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.base.Text;

/**
 * A dataset scenario's CSV path as a file holds it (relative to the file's folder) and as the window holds
 * it (absolute; relative only for a shipped preset's CSV, which has no file of its own). Saving a scenario
 * whose CSV is a preset's writes a copy of that CSV beside the file.
 */
final class DataPaths {

    private DataPaths() {
    }

    /** {@code s} as read from {@code file}, its CSV's path made absolute. */
    static Scenario opened(Scenario s, Path file) {
        if (!s.isDataset()) {
            return s;
        }
        Path csv = file.toAbsolutePath().getParent().resolve(s.data()).normalize();
        return s.withData(csv.toString(), s.function());
    }

    /** Whether the window holds {@code s}'s CSV among the presets, not in a file. */
    static boolean bundled(Scenario s) {
        return s.isDataset() && !Path.of(s.data()).isAbsolute();
    }

    /** Where a preset's CSV is copied to when {@code s} is saved to {@code file}. */
    static Path copy(Scenario s, Path file) {
        return file.toAbsolutePath().getParent().resolve(Path.of(s.data()).getFileName());
    }

    /**
     * {@code s} as {@code file} is to hold it: its CSV's path relative to the file's folder (absolute when it
     * is on another drive). A preset's CSV is written beside the file first, unless the same is there already.
     *
     * @throws IOException when the copy cannot be written, or another file of its name is there
     */
    static Scenario saved(Scenario s, Path file) throws IOException {
        if (!s.isDataset()) {
            return s;
        }
        Path folder = file.toAbsolutePath().getParent();
        if (bundled(s)) {
            Path target = copy(s, file);
            byte[] content = ScenarioData.bundledBytes(s.data());
            if (!Files.exists(target)) {
                AtomicFiles.write(target, content);
            } else if (!Files.isRegularFile(target) || !Arrays.equals(Files.readAllBytes(target), content)) {
                throw new IOException(Text.format("files.dataClash", target.getFileName()));
            }
            return s.withData(target.getFileName().toString(), s.function());
        }
        Path csv = Path.of(s.data());
        if (csv.getRoot() == null || !csv.getRoot().equals(folder.getRoot())) {
            return s;
        }
        // written with / so that the file opens the same on every system
        return s.withData(folder.relativize(csv).toString().replace('\\', '/'), s.function());
    }
}
