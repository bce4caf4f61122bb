package org.descentlab.core.analysis;

/** What long work reports to whoever waits for it, and how it learns that it is no longer wanted. */
public interface Progress {

    /** Nothing to report to, never cancelled. */
    Progress NONE = new Progress() {
        @Override
        public boolean cancelled() {
            return false;
        }

        @Override
        public void done(int finished, int total) {
        }
    };

    /** Polled often; once true, the work stops with a {@link java.util.concurrent.CancellationException}. */
    boolean cancelled();

    /** {@code finished} of {@code total} parts are done; may be called from several threads. */
    void done(int finished, int total);
}
