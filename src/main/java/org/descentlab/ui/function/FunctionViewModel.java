package org.descentlab.ui.function;

import java.nio.file.Path;
import java.util.List;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.descentlab.core.Texts;
import org.descentlab.core.data.DatasetLoss;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseError;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.expr.ParseWarning;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.experiment.Experiment;

/**
 * The function as typed: the text in the field, its error or warnings, and the scenario's function. A
 * text that reads becomes the scenario's function; one that does not only sets the error, and the last
 * good function stays on screen. On a dataset scenario the text is the per-sample loss: editing it keeps the
 * dataset, whose name, rows and columns a caption says, with how many rows the landscape's picture averages
 * over; closing the dataset goes back to a plain function.
 */
public final class FunctionViewModel {

    private final Experiment experiment;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyObjectWrapper<ParseError> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    /** One read-only view, kept: a listener on a view made afresh would be dropped with it. */
    private final ObservableList<String> warningsView = FXCollections.unmodifiableObservableList(warnings);
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper(this, "notes", "");
    private final ReadOnlyStringWrapper dataset = new ReadOnlyStringWrapper(this, "dataset", "");

    public FunctionViewModel(Experiment experiment) {
        this.experiment = experiment;
        experiment.scenarioProperty().addListener((o, was, now) -> {
            notes.set(now.notes());
            dataset.set(caption());
            Experiment.Change kind = experiment.lastChange();
            boolean loaded = kind == Experiment.Change.OPEN || kind == Experiment.Change.LOAD;
            if (loaded || !now.function().equals(was.function()) && !now.function().equals(text.get())) {
                show(now.function());
            }
        });
        notes.set(experiment.scenario().notes());
        dataset.set(caption());
        show(experiment.scenario().function());
    }

    /** Reads what was typed; a function that reads replaces the scenario's, with its known minima and notes. */
    public void setText(String typed) {
        text.set(typed);
        if (experiment.isDataset()) {
            setLoss(typed);
            return;
        }
        ParseResult result = Expressions.parse(typed);
        if (result instanceof ParseResult.Failure failure) {
            error.set(failure.error());
            return;
        }
        error.set(null);
        warnings.setAll(result.warnings().stream().map(ParseWarning::message).toList());
        // spaces at either end change nothing: a space typed before the next term is not a new function
        if (!sameText(typed, experiment.scenario().function())) {
            // the minima, the title and the story were about the old function
            experiment.update(s -> s.withFunction(typed).withMinima(List.of()).withTitle("").withNotes(""), Experiment.Change.EDIT);
        }
    }

    /** A loss that reads with the data's columns replaces the scenario's; the data stays. */
    private void setLoss(String typed) {
        warnings.clear();
        if (sameText(typed, experiment.scenario().function())) {
            error.set(null);
            return;
        }
        try {
            DatasetLoss.of(experiment.data().data(), typed);
            error.set(null);
            experiment.update(s -> s.withFunction(typed).withMinima(List.of()).withTitle("").withNotes(""), Experiment.Change.EDIT);
        } catch (IllegalArgumentException e) {
            error.set(new ParseError(e.getMessage(), 0, ""));
        }
    }

    /**
     * Leaves the dataset for a plain function: the loss itself when it names no column, else File ▸ New's
     * function; the runs take the whole gradient, and the minima, title and notes, which were the data's, go.
     */
    public void closeDataset() {
        Scenario s = experiment.scenario();
        if (!s.isDataset()) {
            return;
        }
        String function = Expressions.parse(s.function()) instanceof ParseResult.Success ? s.function()
                : Scenario.DEFAULT_FUNCTION;
        experiment.update(x -> x.withData("", function).withRuns(x.runs().stream().map(r -> r.withBatch(0)).toList())
                .withSelected(x.selected()).withMinima(List.of()).withTitle("").withNotes(""), Experiment.Change.STEP);
    }

    /** "Dataset: linear-regression.csv (200 rows: u, v) · …", or "" without one. */
    private String caption() {
        DatasetLoss all = experiment.data();
        if (all == null) {
            return "";
        }
        DatasetLoss shown = experiment.pictureData();
        String name = Path.of(experiment.scenario().data()).getFileName().toString();
        String rows = shown.rows() == all.rows() ? Text.format("data.meanOverAll", all.rows())
                : Text.format("data.meanOverSome", shown.rows(), all.rows());
        return Text.format("data.caption", name, all.rows(), String.join(", ", all.data().columns()), rows);
    }

    /** What the dataset is and what the landscape shows of it; "" for a plain function. */
    public ReadOnlyStringProperty datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    /**
     * Whether two functions are written the same, but for spaces at either end and the kind of space: a thin
     * or a no-break space reads as a plain one.
     */
    public static boolean sameText(String a, String b) {
        return Texts.plainSpaces(Texts.strip(a)).equals(Texts.plainSpaces(Texts.strip(b)));
    }

    /** A function from the scenario (undo, a preset, a file) replaces whatever was typed. */
    private void show(String function) {
        text.set(function);
        error.set(null);
        warnings.setAll(Expressions.parse(function).warnings().stream().map(ParseWarning::message).toList());
    }

    /** The function in effect: the scenario's, whatever the field holds. */
    public String inEffect() {
        return experiment.scenario().function();
    }

    /** What the field shows. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Why the text does not read, or null. */
    public ReadOnlyObjectProperty<ParseError> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** How a surprising reading was read ("read as: sin(x*cos(y))"). */
    public ObservableList<String> warnings() {
        return warningsView;
    }

    /** What the scenario teaches, shown under the field. */
    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }
}
