package org.descentlab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.descentlab.core.AtomicFiles;

/** The files a command will write, checked before it does any work. */
final class OutputFiles {

    private OutputFiles() {
    }

    /**
     * Refuses a file the command could not write, before any work: a folder, a path under a regular file
     * or a folder that does not exist, a read-only file, or a folder that does not take new files.
     */
    static void requireWritable(String option, Path file) {
        try {
            AtomicFiles.checkWritable(file);
        } catch (IOException e) {
            throw new InputException("cannot write " + file + " (" + option + "): " + e.getMessage());
        }
    }

    /** Two outputs that are one file would leave only the second. */
    static void requireDifferent(Path picture, Path scenario) {
        boolean same = picture.toAbsolutePath().normalize().equals(scenario.toAbsolutePath().normalize());
        try {
            same |= Files.exists(picture) && Files.exists(scenario) && Files.isSameFile(picture, scenario);
        } catch (IOException e) {
            // not the same file as far as can be told; each was checked on its own
        }
        if (same) {
            throw new InputException("--out and --save-scenario are the same file, " + picture + ": give two names");
        }
    }

    /** "2.7 GB", "512 MB". */
    static String gigabytes(long bytes) {
        return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
                : (bytes >> 20) + " MB";
    }
}
