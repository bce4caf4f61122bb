package org.descentlab.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongConsumer;

import org.descentlab.core.preset.PresetLibrary;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.app.AppViewModel;
import org.descentlab.ui.base.Background;
import org.descentlab.ui.base.FrameClock;
import org.descentlab.ui.base.Scheduler;
import org.descentlab.ui.files.SettingsStore;
import org.descentlab.ui.landscape.LandscapeRenderer;

/** What the view-models need from outside, run by hand: time, timers, frames and rendering. No toolkit. */
public final class Fakes {

    /** A clock moved by hand, in nanoseconds. */
    public static final class Clock {
        public long now;

        public void advanceMillis(long millis) {
            now += millis * 1_000_000L;
        }
    }

    /** Timers that fire when the clock is moved past them. */
    public static final class ManualScheduler implements Scheduler {
        private final Clock clock;
        private final List<Pending> pending = new ArrayList<>();

        private record Pending(long due, Runnable work, boolean[] cancelled) {
        }

        public ManualScheduler(Clock clock) {
            this.clock = clock;
        }

        @Override
        public synchronized Task schedule(Runnable work, long millis) {
            boolean[] cancelled = {false};
            pending.add(new Pending(clock.now + millis * 1_000_000L, work, cancelled));
            return () -> {
                synchronized (this) {
                    cancelled[0] = true;
                }
            };
        }

        /** Moves the clock on and runs whatever came due, in order. */
        public void advanceMillis(long millis) {
            clock.advanceMillis(millis);
            runDue();
        }

        public void runDue() {
            while (true) {
                Pending next = next();
                if (next == null) {
                    return;
                }
                next.work().run();
            }
        }

        private synchronized Pending next() {
            Pending next = pending.stream().filter(p -> p.due() <= clock.now && !p.cancelled()[0])
                        .min(Comparator.comparingLong(Pending::due)).orElse(null);
            pending.removeIf(p -> p.cancelled()[0]);
            pending.remove(next);
            return next;
        }
    }

    /** Animation frames stepped by hand. */
    public static final class ManualFrames implements FrameClock {
        private LongConsumer frame;
        public boolean running;

        @Override
        public void start(LongConsumer onFrame) {
            frame = onFrame;
            running = true;
        }

        @Override
        public void stop() {
            running = false;
        }

        public void frame(long nanos) {
            if (running) {
                frame.accept(nanos);
            }
        }
    }

    public final Clock clock = new Clock();
    public final ManualScheduler scheduler = new ManualScheduler(clock);
    public final ManualFrames frames = new ManualFrames();
    public final Background.Manual background = new Background.Manual();

    public AppViewModel.Environment environment() {
        return new AppViewModel.Environment(scheduler, frames, LandscapeRenderer.immediate(), () -> clock.now,
                background);
    }

    /** A window's state on {@code s}, with its settings in {@code folder}, and no toolkit. */
    public AppViewModel app(Scenario s, Path folder) {
        return new AppViewModel(s, s, null, PresetLibrary.bundled(), new SettingsStore(folder, Runnable::run), environment());
    }

    /** A window's state on a bundled preset. */
    public AppViewModel app(String preset, Path folder) {
        return app(PresetLibrary.bundled().byId(preset).orElseThrow().scenario(), folder);
    }
}
