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
    void streamedContentIsWrittenWholeAndContentThatFailsHalfWayLeavesTheOldFile() throws IOException {
        Path f = dir.resolve("a.gif");
        Files.writeString(f, "old");
        AtomicFiles.write(f, out -> {
            for (int k = 0; k < 100_000; k++) {
                out.write('a' + k % 26);
            }
        });
        assertEquals(100_000, Files.size(f));
        assertEquals("abc", Files.readString(f).substring(0, 3));
        RuntimeException cancelled = assertThrows(RuntimeException.class, () -> AtomicFiles.write(f, out -> {
            out.write(new byte[70_000]);
            throw new java.util.concurrent.CancellationException("cancelled");
        }));
        assertEquals("cancelled", cancelled.getMessage());
        assertEquals(100_000, Files.size(f), "the file as it was");
        assertEquals(1, count(), "no temporary file left");
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

    @Test
    void aProgramStoppedWhileItWritesLeavesTheOldFileAndNoTemporaryOne() throws Exception {
        Path f = dir.resolve("a.png");
        Files.writeString(f, "old");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), InterruptedWrite.class.getName(), f.toString())
                .redirectErrorStream(true).start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("writing .a.png-") && line.endsWith(".part"), String.valueOf(line));
            assertEquals(2, count(), "the temporary file is there while it writes");
            p.destroy();
            assertTrue(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
        }
        assertEquals("old", Files.readString(f));
        assertEquals(1, count(), "no temporary file left");
    }

    @Test
    void aFileCanBeCheckedForWritingBeforeAnyWork() throws IOException {
        AtomicFiles.checkWritable(dir.resolve("new.png"));
        Path plain = Files.writeString(dir.resolve("plain.txt"), "text");
        AtomicFiles.checkWritable(plain);
        assertEquals(plain + " is a file, not a folder",
                assertThrows(IOException.class, () -> AtomicFiles.checkWritable(plain.resolve("a/b.png"))).getMessage());
        assertEquals("it is a folder", assertThrows(IOException.class, () -> AtomicFiles.checkWritable(dir)).getMessage());
        assertEquals("the folder " + dir.resolve("none") + " does not exist",
                assertThrows(IOException.class, () -> AtomicFiles.checkWritable(dir.resolve("none/a.png"))).getMessage());
        assertEquals("the folder /proc cannot be written to",
                assertThrows(IOException.class, () -> AtomicFiles.checkWritable(Path.of("/proc/a.png"))).getMessage());
        Files.setPosixFilePermissions(plain, PosixFilePermissions.fromString("r--r--r--"));
        assertEquals("it is read-only", assertThrows(IOException.class, () -> AtomicFiles.checkWritable(plain)).getMessage());
        assertEquals("text", Files.readString(plain));
        assertEquals(1, count(), "the check leaves nothing behind");
    }

    @Test
    void aDeviceOrAnEmptyNameIsRefusedAndLeftAsItWas() throws IOException, InterruptedException {
        // a named pipe stands for a device here: a test that fails must not replace /dev/null
        Path device = dir.resolve("pipe");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", device.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(made && Files.exists(device) && !Files.isRegularFile(device));
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(device, new byte[] {1}));
        assertTrue(e.getMessage().startsWith("it is not a plain file"), e.getMessage());
        assertTrue(!Files.isRegularFile(device), "the device is still a device");
        assertThrows(IOException.class, () -> AtomicFiles.checkWritable(device));
        assertEquals("no file name was given",
                assertThrows(IOException.class, () -> AtomicFiles.checkWritable(Path.of(""))).getMessage());
    }

    private long count() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
