package org.descentlab.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Where a command's output goes, keeping why a write failed (a {@link PrintWriter} only says that one did),
 * so that a reader that closed the pipe ({@code run ... | head}) can be told from a disk that is full: the
 * first is how a pipe ends, not an error.
 */
final class StandardOutput extends PrintWriter {

    private final Watch watch;

    private StandardOutput(Watch watch) {
        super(new BufferedWriter(new OutputStreamWriter(watch)), true);
        this.watch = watch;
    }

    /** The process's standard output. */
    static StandardOutput system() {
        return over(new FileOutputStream(FileDescriptor.out));
    }

    static StandardOutput over(OutputStream out) {
        return new StandardOutput(new Watch(out));
    }

    /** Whether writing failed because the reader went away: the pipe is broken. */
    boolean readerClosed() {
        if (!checkError() || watch.failure == null || watch.failure.getMessage() == null) {
            return false;
        }
        String message = watch.failure.getMessage().toLowerCase(Locale.ROOT);
        // Linux and macOS say "Broken pipe"; Windows "The pipe is being closed" or "The pipe has been ended"
        return message.contains("broken pipe") || message.contains("pipe is being closed")
                || message.contains("pipe has been ended");
    }

    /** Passes writes on and keeps the first failure. */
    private static final class Watch extends FilterOutputStream {
        IOException failure;

        Watch(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw kept(e);
            }
        }

        private IOException kept(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
