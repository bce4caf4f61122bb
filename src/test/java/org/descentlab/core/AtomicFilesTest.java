package org.descentlab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void aLinkIsFollowedAndAReadOnlyFileIsNotReplaced() throws IOException {
        Path real = dir.resolve("real.json");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
        AtomicFiles.write(link, "new".getBytes(StandardCharsets.UTF_8));
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals("new", Files.readString(real), "the file it points to has the new content");

        Path locked = dir.resolve("locked.json");
        Files.writeString(locked, "old");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r--r--r--"));
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(locked, new byte[] {1}));
        assertEquals("it is read-only", e.getMessage());
        assertEquals("old", Files.readString(locked));
        assertEquals(3, count(), "no temporary file left");
    }

    @Test
    void theTemporaryFileHasTheKeptPermissionsBeforeItIsMoved() throws IOException {
        Path f = dir.resolve("a.json");
        Files.writeString(f, "old");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.write(f, "new".getBytes(StandardCharsets.UTF_8), temporary ->
                assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(temporary))));
        assertEquals("new", Files.readString(f));
    }

    private long count() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
