package org.descentlab.ui.runs;

import org.descentlab.core.scenario.RunGrammar;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.experiment.Experiment;

/**
 * The selected run's mini-batch on a dataset: "all" (the whole landscape's gradient) or 1 to the rows,
 * shuffled each epoch by the run's seed. A batch typed that is not a whole number in range sets the error
 * (naming the range and what is in effect) and changes nothing. Without a dataset there is no batch to set.
 */
public final class BatchViewModel extends SelectedRunSetting<BatchViewModel.Shown> {

    /**
     * The selected run's batch with its place in the list, told together.
     *
     * @param index the run's place in the list
     * @param batch its rows per update, 0 for all
     * @param rows  the rows of the data, 0 when the scenario has none
     */
    public record Shown(int index, int batch, int rows) {
    }

    public BatchViewModel(Experiment experiment) {
        super(experiment);
    }

    @Override
    protected Shown shown(int index, RunSettings r) {
        return new Shown(index, r.batch(), experiment.isDataset() ? experiment.data().rows() : 0);
    }

    /** Whether typed text reads as a batch; when it does not, the error says why. Nothing is set. */
    public boolean check(String text) {
        return read(text) != null;
    }

    /**
     * The batch from typed text, set on the selected run (one undo entry): "all" (in any case, or the window's
     * word) or a whole number from 1 to the rows.
     */
    public boolean setBatch(String text) {
        Shown now = shownProperty().get();
        Integer b = read(text);
        if (b == null) {
            return false;
        }
        if (b != now.batch()) {
            experiment.update(s -> s.withRun(s.selected(), r -> r.withBatch(b)), Experiment.Change.EDIT);
        }
        return true;
    }

    /** The batch typed, or null (the error set) when it does not read or there is no data. */
    private Integer read(String text) {
        Shown now = shownProperty().get();
        if (now == null || now.rows() == 0) {
            return null;
        }
        String t = text.strip();
        try {
            boolean all = t.equalsIgnoreCase(RunGrammar.ALL_ROWS) || t.equalsIgnoreCase(Text.get("batch.all"));
            int b = all ? 0 : RunGrammar.batch(t);
            if (b > now.rows()) {
                throw new IllegalArgumentException();
            }
            error.set("");
            return b;
        } catch (IllegalArgumentException e) {
            error.set(Text.format("error.inEffect", Text.format("batch.bad", now.rows(), text), text(now.batch())));
            return null;
        }
    }

    /** A batch as its field shows it: "all", or the number of rows. */
    public static String text(int batch) {
        return batch == 0 ? Text.get("batch.all") : String.valueOf(batch);
    }

    /** What the batch means, with the data's rows. */
    public static String tooltip(int rows) {
        return Text.format("batch.tip", rows);
    }
}
