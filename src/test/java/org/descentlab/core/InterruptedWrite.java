package org.descentlab.core;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A program stopped in the middle of a write: {@code InterruptedWrite FILE} writes and waits before the move. */
public final class InterruptedWrite {

    private InterruptedWrite() {
    }

    public static void main(String[] args) throws Exception {
        AtomicFiles.write(Path.of(args[0]), "new".getBytes(StandardCharsets.UTF_8), temporary -> {
            System.out.println("writing " + temporary.getFileName());
            System.out.flush();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
