package org.descentlab.core.scenario;

import static org.descentlab.core.scenario.JsonFields.string;
import static org.descentlab.core.scenario.JsonFields.whole;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;

import org.descentlab.core.data.Dataset;
import org.descentlab.core.scenario.JsonTree.Field;
import org.descentlab.core.scenario.JsonTree.Obj;

/**
 * A dataset scenario in a scenario file: {@code "data": "linear-regression.csv"} (relative to the file) and
 * {@code "loss": "(x*u + y - v)^2"} in place of {@code "function"}, and a run's {@code "batch"} (rows per
 * update, 0 or absent for the whole landscape). Such files are written as format {@link #DATASET_FORMAT} so that
 * a version before datasets refuses them as newer; plain scenarios stay at {@link #PLAIN_FORMAT}.
 */
final class DatasetJson {

    /** The format of a scenario without data or batches, which every version reads. */
    static final int PLAIN_FORMAT = 1;
    static final int DATASET_FORMAT = 2;

    private DatasetJson() {
    }

    /** The CSV path, "" when the scenario has none. */
    static String data(Obj o) throws ScenarioException {
        Field data = o.fields().get("data");
        if (data == null) {
            if (o.fields().containsKey("loss")) {
                throw new ScenarioException("line " + o.fields().get("loss").line() + ": 'loss' needs 'data', the CSV it is"
                        + " the mean over; a function of x and y alone is 'function'");
            }
            return "";
        }
        String path = string(data.value(), "data");
        if (path.isBlank() || path.contains("\n")) {
            throw new ScenarioException("line " + data.line() + ": data must be a CSV file's path, relative to the scenario");
        }
        if (o.fields().containsKey("function")) {
            throw new ScenarioException("line " + o.fields().get("function").line() + ": a dataset scenario has a 'loss', not"
                    + " a 'function'");
        }
        return path;
    }

    /** The loss of a scenario with data. */
    static String loss(Obj o) throws ScenarioException {
        Field loss = o.fields().get("loss");
        if (loss == null) {
            throw new ScenarioException("line " + o.line() + ": 'loss' is missing: the per-sample loss in x, y and the data's"
                    + " columns, such as (x*u + y - v)^2");
        }
        String text = string(loss.value(), "loss");
        if (text.isBlank()) {
            throw new ScenarioException("line " + loss.line() + ": loss is empty");
        }
        return text;
    }

    /** A run's batch: 0 when absent; out of range is reset to 0 and listed. */
    static int batch(Field batch, String path, List<String> resets) throws ScenarioException {
        if (batch == null) {
            return 0;
        }
        long b = whole(batch.value(), path + ".batch");
        if (b < 0 || b > Dataset.MAX_ROWS) {
            resets.add("line " + batch.line() + ": " + path + ".batch " + b + " is out of range (0 for all rows, or 1 to "
                    + Dataset.MAX_ROWS + "); reset to 0");
            return 0;
        }
        return (int) b;
    }

    /** The format a scenario is written as. */
    static int format(Scenario s) {
        return s.isDataset() || s.runs().stream().anyMatch(r -> r.batch() != 0) ? DATASET_FORMAT : PLAIN_FORMAT;
    }

    /** Writes {@code "data"} and {@code "loss"}, or {@code "function"}. */
    static void writeFunction(JsonGenerator g, Scenario s) throws IOException {
        if (s.isDataset()) {
            g.writeStringField("data", s.data());
            g.writeStringField("loss", s.function());
        } else {
            g.writeStringField("function", s.function());
        }
    }

    /** Writes a run's {@code "batch"} when it has one. */
    static void writeBatch(JsonGenerator g, RunSettings r) throws IOException {
        if (r.batch() != 0) {
            g.writeNumberField("batch", r.batch());
        }
    }
}
