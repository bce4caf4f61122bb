package org.descentlab.core.scenario;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import org.descentlab.core.Vec2;
import org.descentlab.core.optim.Hyperparameters;
import org.descentlab.core.optim.ParameterSpec;

/**
 * Writes a scenario as the JSON {@link ScenarioReader} reads: every field, every run as an object with
 * all its hyper-parameters (so a file means the same even if a default changes), numbers in their
 * shortest exact form, pairs on one line.
 */
final class ScenarioWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ScenarioWriter() {
    }

    static String write(Scenario s) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"));
            pretty.indentArraysWith(new DefaultIndenter("  ", "\n"));
            g.setPrettyPrinter(pretty);
            g.writeStartObject();
            g.writeNumberField("format", DatasetJson.format(s));
            g.writeStringField("title", s.title());
            g.writeStringField("notes", s.notes());
            DatasetJson.writeFunction(g, s);
            writeView(g, s.view());
            g.writeFieldName("start");
            pair(g, s.start());
            g.writeNumberField("steps", s.steps());
            g.writeFieldName("tol");
            number(g, s.tolerance());
            g.writeArrayFieldStart("runs");
            for (RunSettings r : s.runs()) {
                writeRun(g, r);
            }
            g.writeEndArray();
            g.writeNumberField("selected", s.selected());
            g.writeNumberField("playhead", s.playhead());
            g.writeStringField("layout", s.layout().id());
            g.writeArrayFieldStart("minima");
            for (KnownMinimum m : s.minima()) {
                g.writeStartObject();
                g.writeFieldName("at");
                pair(g, m.at());
                g.writeBooleanField("global", m.global());
                g.writeEndObject();
            }
            g.writeEndArray();
            AnalysisJson.write(g, s.analysis());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void writeView(JsonGenerator g, ViewSettings v) throws IOException {
        g.writeObjectFieldStart("view");
        g.writeFieldName("domain");
        g.writeRawValue("[" + RunGrammar.number(v.domain().xmin()) + ", " + RunGrammar.number(v.domain().xmax()) + ", "
                + RunGrammar.number(v.domain().ymin()) + ", " + RunGrammar.number(v.domain().ymax()) + "]");
        g.writeBooleanField("equalScale", v.equalScale());
        g.writeStringField("colormap", v.colormap().id());
        g.writeStringField("scale", v.scale().id());
        g.writeNumberField("contours", v.contours());
        g.writeEndObject();
    }

    private static void writeRun(JsonGenerator g, RunSettings r) throws IOException {
        g.writeStartObject();
        g.writeStringField("optimizer", r.type().name());
        g.writeStringField("defaults", r.optimizer().convention().id());
        g.writeObjectFieldStart("params");
        Hyperparameters p = r.optimizer().parameters();
        for (ParameterSpec spec : r.type().parameters()) {
            g.writeFieldName(spec.name());
            if (spec.bool()) {
                g.writeBoolean(p.flag(spec.name()));
            } else if (spec.kind() == ParameterSpec.Kind.CHOICE) {
                g.writeString(p.choice(spec.name()));
            } else {
                number(g, p.get(spec.name()));
            }
        }
        g.writeEndObject();
        if (r.start() != null) {
            g.writeFieldName("start");
            pair(g, r.start());
        }
        g.writeFieldName("noise");
        number(g, r.noise());
        g.writeNumberField("seed", r.seed());
        g.writeFieldName("clip");
        number(g, r.clip());
        DatasetJson.writeBatch(g, r);
        DifferencesJson.write(g, r.differences());
        ScheduleJson.write(g, r.schedule());
        if (r.steps() != null) {
            g.writeNumberField("steps", r.steps());
        }
        if (r.tolerance() != null) {
            g.writeFieldName("tol");
            number(g, r.tolerance());
        }
        g.writeStringField("name", r.name());
        g.writeNumberField("colour", r.colour());
        g.writeStringField("line", r.line().id());
        g.writeBooleanField("visible", r.visible());
        g.writeEndObject();
    }

    private static void pair(JsonGenerator g, Vec2 v) throws IOException {
        g.writeRawValue("[" + RunGrammar.number(v.x()) + ", " + RunGrammar.number(v.y()) + "]");
    }

    private static void number(JsonGenerator g, double v) throws IOException {
        g.writeRawValue(RunGrammar.number(v));
    }
}
