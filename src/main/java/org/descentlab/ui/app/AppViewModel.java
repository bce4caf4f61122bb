package org.descentlab.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.descentlab.core.Vec2;
import org.descentlab.core.optim.GradientDescent;
import org.descentlab.core.lesson.Lessons;
import org.descentlab.core.preset.Preset;
import org.descentlab.core.preset.PresetLibrary;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.scenario.Analysis;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.analysis.AnalysisViewModel;
import org.descentlab.ui.analysis.ManyStartsViewModel;
import org.descentlab.ui.analysis.CriticalPointsViewModel;
import org.descentlab.ui.analysis.BasinsViewModel;
import org.descentlab.ui.analysis.GradientFieldViewModel;
import org.descentlab.ui.analysis.FinderViewModel;
import org.descentlab.ui.analysis.LocalGeometryViewModel;
import org.descentlab.ui.analysis.StabilityViewModel;
import org.descentlab.ui.analysis.SweepViewModel;
import org.descentlab.ui.base.Background;
import org.descentlab.ui.base.FrameClock;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Scheduler;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.experiment.Experiment;
import org.descentlab.ui.explain.ExplanationViewModel;
import org.descentlab.ui.files.FilesViewModel;
import org.descentlab.ui.files.SettingsStore;
import org.descentlab.ui.function.FunctionViewModel;
import org.descentlab.ui.landscape.LandscapeRenderer;
import org.descentlab.ui.lesson.LessonViewModel;
import org.descentlab.ui.landscape.LandscapeViewModel;
import org.descentlab.ui.playback.PlaybackViewModel;
import org.descentlab.ui.runs.RunEditorViewModel;
import org.descentlab.ui.runs.RunsViewModel;

/**
 * The window's state, whole: the experiment and the view-model of each feature over it, and the
 * presets. Holds no nodes and needs no toolkit when its environment is a test's.
 */
public final class AppViewModel {

    /**
     * What the view-models need from outside: when to run work later, animation frames, where landscapes
     * are rendered, and a clock.
     */
    public record Environment(Scheduler scheduler, FrameClock frames, LandscapeRenderer renderer, LongSupplier nanos,
            Background background) {
        /** The real app's: the FX thread, its animation pulse, a background service, the system clock. */
        public static Environment fx() {
            return new Environment(Scheduler.fx(), FrameClock.fx(), LandscapeRenderer.service(), System::nanoTime,
                    Background.fx());
        }
    }

    /** What File ▸ New starts from: a round bowl and one run of plain descent. */
    public static final Scenario BLANK = Scenario.of("x^2 + y^2").withStart(new Vec2(-4, 3))
            .withRuns(List.of(RunSettings.of(new GradientDescent(0.1, 0), 0)));

    private final PresetLibrary.Loaded presets;
    private final Background background;
    private final Experiment experiment;
    private final FunctionViewModel function;
    private final LandscapeViewModel landscape;
    private final RunsViewModel runs;
    private final RunEditorViewModel editor;
    private final PlaybackViewModel playback;
    private final ExplanationViewModel explanation;
    private final FilesViewModel files;
    private final AnalysisViewModel analysis;
    private final ManyStartsViewModel manyStarts;
    private final CriticalPointsViewModel criticalPoints;
    private final BasinsViewModel basins;
    private final GradientFieldViewModel gradientField;
    private final LocalGeometryViewModel localGeometry;
    private final CsvExportViewModel csvExport;
    private final SweepViewModel sweep;
    private final StabilityViewModel stability;
    private final FinderViewModel finder;
    private final LessonViewModel lessons;
    private final ReadOnlyObjectWrapper<Preset> preset = new ReadOnlyObjectWrapper<>(this, "preset");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper noticeDetail = new ReadOnlyStringWrapper(this, "noticeDetail", "");
    private final ReadOnlyBooleanWrapper noticeWarns = new ReadOnlyBooleanWrapper(this, "noticeWarns", true);

    /**
     * @param initial what the window opens with
     * @param saved   what its file holds (equal to {@code initial} when nothing is unsaved)
     * @param file    the file it belongs to, or null
     */
    public AppViewModel(Scenario initial, Scenario saved, Path file, PresetLibrary.Loaded presets, SettingsStore settings,
            Environment env) {
        this.presets = presets;
        this.background = env.background();
        this.experiment = new Experiment(initial, saved, env.nanos());
        this.function = new FunctionViewModel(experiment);
        this.landscape = new LandscapeViewModel(experiment, env.scheduler(), env.renderer());
        this.runs = new RunsViewModel(experiment, env.nanos());
        this.editor = new RunEditorViewModel(experiment);
        this.playback = new PlaybackViewModel(experiment, runs, env.frames());
        this.explanation = new ExplanationViewModel(experiment, runs, playback);
        editor.schedule().follow(runs.selectedProperty(), playback.playheadProperty());
        this.files = new FilesViewModel(experiment, settings, BLANK, file);
        this.analysis = new AnalysisViewModel(experiment);
        // the analyses cover the view's domain, the one asked for, as the command line does: not the wider one
        // equal scale shows in a plot of another shape, so that their numbers do not change with the window
        ObservableValue<Domain> asked = Bindings.createObjectBinding(() -> landscape.viewProperty().get().domain(),
                landscape.viewProperty());
        this.manyStarts = new ManyStartsViewModel(experiment, asked, env.scheduler(), env.background());
        this.criticalPoints = new CriticalPointsViewModel(experiment, analysis, asked, env.scheduler(),
                env.background());
        this.basins = new BasinsViewModel(experiment, asked, env.scheduler(), env.background());
        this.gradientField = new GradientFieldViewModel(experiment, landscape, env.background());
        this.localGeometry = new LocalGeometryViewModel(experiment, runs, playback);
        this.csvExport = new CsvExportViewModel(experiment, runs, env.background());
        this.sweep = new SweepViewModel(experiment, env.background());
        this.stability = new StabilityViewModel(experiment, env.background());
        this.finder = new FinderViewModel(experiment, env.background());
        this.lessons = new LessonViewModel(experiment, runs, ShippedTexts.lessons(Lessons.bundled(), Text.language()));
        runs.showGhostsProperty().set(settings.get().ghostTrails());
        // a preset as it loads, in no file, is nothing to save: quitting does not ask about it
        Set<Scenario> asLoaded = presets.presets().stream()
                .map(p -> Experiment.comparable(Experiment.withARun(p.scenario()))).collect(Collectors.toSet());
        experiment.setPristine(s -> files.fileProperty().get() == null && asLoaded.contains(s));
        preset.set(presetOf(initial));
        experiment.scenarioProperty().addListener((o, was, now) -> {
            preset.set(presetOf(now));
            // a notice is about what was there before: the next change makes it old news
            if (experiment.lastChange() != Experiment.Change.TRANSIENT) {
                notice("");
            }
        });
    }

    /**
     * Loads a preset: its function, view, start, runs, minima and notes; undo brings back what was there.
     * What is drawn besides the runs (critical points, basins, …) stays as the user set it, unless the
     * preset sets it itself. A dataset preset whose CSV does not read says why and changes nothing.
     */
    public void applyPreset(Preset p) {
        Scenario loaded = Experiment.withARun(p.scenario()).withPlayhead(0);
        try {
            experiment.update(x -> loaded.analysis().equals(Analysis.NONE) ? loaded.withAnalysis(x.analysis()) : loaded,
                    Experiment.Change.LOAD);
        } catch (IllegalArgumentException e) {
            notice(Text.format("preset.loadFailed", p.name(), e.getMessage()));
        }
    }

    /**
     * Moves the start a click would move (the selected run's own, or the shared one) by fractions of the
     * view's width and height; a burst of nudges is one undo entry.
     */
    public void nudgeStart(double dxOfWidth, double dyOfHeight) {
        Domain shown = landscape.shownProperty().get();
        double dx = dxOfWidth * shown.width();
        double dy = dyOfHeight * shown.height();
        experiment.update(s -> {
            int k = s.selected();
            RunSettings r = k >= 0 && k < s.runs().size() ? s.runs().get(k) : null;
            Vec2 from = r != null && r.start() != null ? r.start() : s.start();
            // on the decimal grid of a thousandth of the view, as a click is
            Vec2 to = new Vec2(Numbers.snap(from.x() + dx, shown.width() / 1000), Numbers.snap(from.y() + dy, shown.height() / 1000));
            return r != null && r.start() != null ? s.withRun(k, x -> x.withStart(to)) : s.withStart(to);
        }, Experiment.Change.EDIT);
        // as while a start is dragged: the whole new path shows
        playback.end();
    }

    /** The preset {@code s} is on: the one with its function and title, or null. */
    private Preset presetOf(Scenario s) {
        return presets.presets().stream()
                .filter(p -> FunctionViewModel.sameText(p.scenario().function(), s.function()) && p.scenario().title().equals(s.title())
                        && p.scenario().isDataset() == s.isDataset())
                .findFirst().orElse(null);
    }

    /**
     * Warns the user in the status line (what a file had changed, a save that failed) until the next
     * change: the first of several lines, and that there are more; "" clears it. All of it is in
     * {@link #noticeDetailProperty()}.
     */
    public void notice(String text) {
        say(text, true);
    }

    /** Tells the user something that went well ("Saved to …"), in the status line, until the next change. */
    public void inform(String text) {
        say(text, false);
    }

    private void say(String text, boolean warns) {
        noticeWarns.set(warns);
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        noticeDetail.set(String.join("\n", lines));
        notice.set(lines.isEmpty() ? "" : lines.size() == 1 ? lines.get(0)
                : Text.format("notice.andMore", lines.get(0)));
    }

    /** Where long work runs, with progress and Cancel (an export, say). */
    public Background background() {
        return background;
    }

    public PresetLibrary.Loaded presets() {
        return presets;
    }

    public Experiment experiment() {
        return experiment;
    }

    public FunctionViewModel function() {
        return function;
    }

    public LandscapeViewModel landscape() {
        return landscape;
    }

    public RunsViewModel runs() {
        return runs;
    }

    public RunEditorViewModel editor() {
        return editor;
    }

    public PlaybackViewModel playback() {
        return playback;
    }

    public ExplanationViewModel explanation() {
        return explanation;
    }

    public AnalysisViewModel analysis() {
        return analysis;
    }

    public ManyStartsViewModel manyStarts() {
        return manyStarts;
    }

    /** The critical points found in the view, while the analysis asks for them. */
    public CriticalPointsViewModel criticalPoints() {
        return criticalPoints;
    }

    /** Basin-of-attraction maps, while the analysis asks for them. */
    public BasinsViewModel basins() {
        return basins;
    }

    /** The −∇f arrows over the view, and at the mouse. */
    public GradientFieldViewModel gradientField() {
        return gradientField;
    }

    /** The local geometry at the selected run's point at the playhead. */
    public LocalGeometryViewModel localGeometry() {
        return localGeometry;
    }

    /** File ▸ Export's steps and results as CSV. */
    public CsvExportViewModel csvExport() {
        return csvExport;
    }

    /** The learning-rate sweep of the selected run. */
    public SweepViewModel sweep() {
        return sweep;
    }

    /** The stability map of the selected run over two hyper-parameters. */
    public StabilityViewModel stability() {
        return stability;
    }

    /** fastai's learning-rate finder on the selected run. */
    public FinderViewModel finder() {
        return finder;
    }

    /** The lesson being followed, and the shipped lessons. */
    public LessonViewModel lessons() {
        return lessons;
    }

    public FilesViewModel files() {
        return files;
    }

    /**
     * The preset the experiment is on: the one whose function and title it has, however it got them
     * (picked, undone to, opened from a file); null once the function is another.
     */
    public ReadOnlyObjectProperty<Preset> presetProperty() {
        return preset.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Whether the notice is a warning, or news of something done. */
    public ReadOnlyBooleanProperty noticeWarnsProperty() {
        return noticeWarns.getReadOnlyProperty();
    }

    /** Every line of the last notice. */
    public ReadOnlyStringProperty noticeDetailProperty() {
        return noticeDetail.getReadOnlyProperty();
    }
}
