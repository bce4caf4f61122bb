package org.descentlab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aWriteReplacesTheFileWhole() throws IOException {
        Path f = dir.resolve("a.json");
        Files.writeString(f, "old");
        AtomicFiles.write(f, "new".getBytes(StandardCharsets.UTF_8));
        assertEquals("new", Files.readString(f));
        assertEquals(1, count(), "no temporary file left");
    }

    @Test
    void aReplacedFileKeepsItsPermissionsAndANewOneIsReadableByOthers() throws IOException {
        Path shared = dir.resolve("shared.json");
        Files.writeString(shared, "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.write(shared, new byte[] {1});
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));
        Path fresh = dir.resolve("new.json");
        AtomicFiles.write(fresh, new byte[] {1});
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
    }

    @Test
    void aSaveInterruptedBeforeTheMoveLeavesTheOldFileAndNoTemporaryOne() throws IOException {
        Path f = dir.resolve("a.json");
        Files.writeString(f, "old");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(f, "new".getBytes(StandardCharsets.UTF_8),
                temporary -> {
                    assertEquals("new", Files.readString(temporary), "the new bytes are on disk before the move");
                    throw new IOException("power cut");
                }));
        assertEquals("power cut", e.getMessage());
        assertEquals("old", Files.readString(f));
        assertEquals(1, count());
    }

    @Test
    void aMissingFolderOrAFolderInTheWaySaysSoAndWritesNothing() throws IOException {
        IOException missing = assertThrows(IOException.class,
                () -> AtomicFiles.write(dir.resolve("nowhere/a.json"), new byte[1]));
        assertEquals("the folder " + dir.resolve("nowhere").toAbsolutePath() + " does not exist", missing.getMessage());
        Files.createDirectory(dir.resolve("taken"));
        assertThrows(IOException.class, () -> AtomicFiles.write(dir.resolve("taken"), new byte[1]));
        assertEquals(1, count());
    }

    private long count() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
