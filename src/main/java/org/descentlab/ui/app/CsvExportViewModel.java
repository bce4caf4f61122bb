package org.descentlab.ui.app;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.descentlab.core.AtomicFiles;
import org.descentlab.core.export.ResultsCsv;
import org.descentlab.core.export.StepsCsv;
import org.descentlab.core.field.ScalarField;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.base.Background;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.experiment.Experiment;
import org.descentlab.ui.runs.RunItem;
import org.descentlab.ui.runs.RunsViewModel;

/**
 * File ▸ Export's numbers: every run's full state per step ({@link StepsCsv}, what {@code compare --full}
 * prints for the same scenario) and the results table ({@link ResultsCsv}), each written off the FX thread,
 * whole or not at all. One export at a time; a large one says how far it is and can be cancelled.
 */
public final class CsvExportViewModel {

    /** Rows (of all runs together, at most) from which an export shows its progress. */
    public static final long LARGE_ROWS = 100_000;

    private final Experiment experiment;
    private final RunsViewModel runs;
    private final Background background;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper large = new ReadOnlyBooleanWrapper(this, "large");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyObjectWrapper<Path> target = new ReadOnlyObjectWrapper<>(this, "target");
    private Background.Job job;

    public CsvExportViewModel(Experiment experiment, RunsViewModel runs, Background background) {
        this.experiment = experiment;
        this.runs = runs;
        this.background = background;
    }

    /**
     * Writes every run of the scenario, each made once more from its settings, row by row to {@code file}.
     *
     * @param written told the file once it is whole
     * @param failed  told why not, in a sentence; the file is then as it was
     */
    public void writeSteps(Path file, Consumer<Path> written, Consumer<String> failed) {
        Scenario s = experiment.scenario();
        ScalarField field = experiment.field();
        List<RunConfig> configs = new ArrayList<>();
        long rows = 0;
        for (int k = 0; k < s.runs().size(); k++) {
            configs.add(s.config(k));
            rows += s.config(k).maxSteps() + 1L;
        }
        start(rows >= LARGE_ROWS, file, p -> {
            write(file, out -> StepsCsv.write(field, configs, out, p.counted()));
            return file;
        }, written, failed);
    }

    /** Writes the results table, a row per run in the runs' order, to {@code file}; as {@link #writeSteps}. */
    public void writeResults(Path file, Consumer<Path> written, Consumer<String> failed) {
        List<ResultsCsv.Row> rows = new ArrayList<>();
        for (RunItem r : runs.items()) {
            rows.add(new ResultsCsv.Row(r.label(), r.settings().optimizer().convention(), r.trajectory().stop(), r.outcome()));
        }
        String text = ResultsCsv.of(rows);
        start(false, file, p -> {
            write(file, out -> out.write(text));
            return file;
        }, written, failed);
    }

    /** Stops the export under way: nothing is written, and an older file of that name stays as it was. */
    public void cancel() {
        if (job != null) {
            job.cancel();
            job = null;
        }
        running.set(false);
    }

    /** Whether an export is being written. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Whether the export under way is large enough to show how far it is. */
    public ReadOnlyBooleanProperty largeProperty() {
        return large.getReadOnlyProperty();
    }

    /** The file the export under way (or the last one) writes. */
    public ReadOnlyObjectProperty<Path> targetProperty() {
        return target.getReadOnlyProperty();
    }

    /** How far the export under way is, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    private void start(boolean big, Path file, Background.Work<Path> work, Consumer<Path> written, Consumer<String> failed) {
        cancel();
        target.set(file);
        large.set(big);
        progress.set(0);
        running.set(true);
        job = background.submit(work, f -> {
            finish();
            written.accept(f);
        }, e -> {
            finish();
            failed.accept(Text.format("export.csvFailed", file.toAbsolutePath(), reason(e)));
        }, progress::set);
    }

    private void finish() {
        job = null;
        running.set(false);
        progress.set(1);
    }

    /** Why a write failed, in the words of what failed ("the folder … does not exist", "it is read-only"). */
    private static String reason(Throwable e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        return cause.getMessage() != null ? cause.getMessage() : cause.toString();
    }

    /** What goes in a CSV file. */
    @FunctionalInterface
    private interface CsvContent {
        void writeTo(Writer out) throws IOException;
    }

    /** What {@code content} writes, in UTF-8, to {@code file} whole or not at all. */
    private static void write(Path file, CsvContent content) {
        try {
            AtomicFiles.write(file, out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                content.writeTo(w);
                w.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
