package org.descentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

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
            // a device is refused, as the file is written beside and moved over it: the CSV's own way to one is stdout
            String instead = option.equals("--csv") && Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file)
                    ? "; without --csv the CSV goes to standard output, which a shell can send there (> " + file + ")" : "";
            throw new InputException("cannot write " + file + " (" + option + "): " + e.getMessage() + instead);
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

    /** CSV rows to standard output, or to {@code file} (atomically) when it is given. */
    static void csv(Path file, PrintWriter out, Consumer<PrintWriter> rows) throws IOException {
        if (file == null) {
            rows.accept(out);
            return;
        }
        StringWriter text = new StringWriter();
        rows.accept(new PrintWriter(text));
        AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** "2.7 GB", "512 MB". */
    static String gigabytes(long bytes) {
        return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
                : (bytes >> 20) + " MB";
    }
}
