package org.descentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

import picocli.CommandLine.Option;

/**
 * Where a map command writes: its picture, its CSV (standard output unless --csv), and the picture's size; all
 * checked before any work.
 */
final class MapOutputOptions {

    @Option(names = "--out", required = true, paramLabel = "FILE.png",
            description = "where to write the map; checked before any work, and left as it was if drawing fails")
    Path out;

    @Option(names = "--csv", paramLabel = "FILE", description = "write the CSV here instead of to standard output")
    Path csv;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "800x600", description = "picture size (default ${DEFAULT-VALUE})")
    String size;

    /**
     * The picture's width and height, once the size reads, fits in memory and both files can be written.
     *
     * @throws InputException saying which does not
     */
    int[] check() {
        int[] wh = RenderCommand.parseSize(size);
        RenderCommand.requireMemory(wh[0], wh[1]);
        OutputFiles.requireWritable("--out", out);
        if (csv != null) {
            OutputFiles.requireWritable("--csv", csv);
            OutputFiles.requireDifferent(out, csv);
        }
        return wh;
    }

    /** Warns when the picture's name does not say it is a PNG, which it is written as all the same. */
    void warnExtension(PrintWriter err) {
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            err.println("warning: --out " + out + " does not end in .png; it is written as a PNG");
        }
    }

    /** Writes the CSV to --csv, or to {@code stdout} without it. */
    void writeCsv(PrintWriter stdout, Consumer<PrintWriter> rows) throws IOException {
        OutputFiles.csv(csv, stdout, rows);
    }
}
