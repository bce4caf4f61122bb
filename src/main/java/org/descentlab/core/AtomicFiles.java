package org.descentlab.core;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Writes a file whole or not at all: the bytes go to a temporary file in the same folder, are forced to
 * disk, and the temporary file is then moved over the target in one step. A failure at any point leaves
 * the old file as it was and no temporary file behind, and so does a program stopped while it writes
 * (Ctrl+C, a kill): the temporary files of unfinished writes are removed as it exits. A link is followed:
 * the file it points to is the one replaced. A read-only file is not replaced. Messages name the target,
 * never the temporary file.
 */
public final class AtomicFiles {

    /** Runs between writing the temporary file and moving it; tests use it to interrupt a save. */
    @FunctionalInterface
    interface BeforeMove {
        void run(Path temporary) throws IOException;
    }

    /** The temporary files of writes under way, removed if the program exits before they finish. */
    private static final Set<Path> UNFINISHED = ConcurrentHashMap.newKeySet();
    private static final AtomicBoolean REMOVED_AT_EXIT = new AtomicBoolean();

    private AtomicFiles() {
    }

    /** What a streamed write puts in the file: it writes to {@code out} and leaves closing it to the write. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, t -> { });
    }

    /**
     * Writes what {@code content} writes, whole or not at all, as {@link #write(Path, byte[])} does, without
     * holding it in memory: for files of any size. What {@code content} throws leaves the old file as it was.
     */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, t -> { });
    }

    /** A new file is readable by others, as files a program writes usually are; a replaced one keeps its own. */
    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    /**
     * A temporary file is only its owner's: the file it becomes gets the permissions of the one it
     * replaces (a scenario shared with a class stays shared), or those of a new file. Set once it is
     * written: a read-only mode set before would refuse the writing.
     */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        if (!posix(temporary)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE;
        Files.setPosixFilePermissions(temporary, permissions);
    }

    private static boolean posix(Path p) throws IOException {
        return Files.getFileStore(p).supportsFileAttributeView(PosixFileAttributeView.class);
    }

    /** Read-only by its mode, whoever is saving (the owner's write bit), or where there are no modes, to us. */
    private static boolean readOnly(Path existing) throws IOException {
        return posix(existing) ? !Files.getPosixFilePermissions(existing).contains(PosixFilePermission.OWNER_WRITE)
                : !Files.isWritable(existing);
    }

    /**
     * Checks, before any work, that {@link #write} could write {@code target}: its folder exists and takes
     * new files (tried with a temporary file made and removed there), and it is neither a folder nor
     * read-only. Throws with the message a write would give.
     */
    public static void checkWritable(Path target) throws IOException {
        Path probe = temporaryFor(writable(target));
        try {
            Files.deleteIfExists(probe);
        } finally {
            UNFINISHED.remove(probe);
        }
    }

    /** The file a write to {@code target} replaces or makes, once checked that it may. */
    private static Path writable(Path target) throws IOException {
        if (target.toString().isEmpty()) {
            throw new IOException("no file name was given");
        }
        Path absolute = target.toAbsolutePath();
        if (Files.isSymbolicLink(absolute) && Files.exists(absolute)) {
            absolute = absolute.toRealPath();
        }
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            Path existing = folder;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing != null && !Files.isDirectory(existing)) {
                throw new IOException(existing + " is a file, not a folder");
            }
            throw new IOException("the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException("it is a folder");
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            // a new file moved over it would take its place: /dev/null would become a file
            throw new IOException("it is not a plain file (a device, a pipe or a socket); give the path of a file");
        }
        if (Files.exists(absolute) && readOnly(absolute)) {
            throw new IOException("it is read-only");
        }
        return absolute;
    }

    /** A new temporary file beside {@code absolute}, removed at exit unless the write finishes first. */
    private static Path temporaryFor(Path absolute) throws IOException {
        Path folder = absolute.getParent();
        if (REMOVED_AT_EXIT.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::removeUnfinished, "remove unfinished writes"));
        }
        try {
            Path temporary = Files.createTempFile(folder, "." + absolute.getFileName() + "-", ".part");
            UNFINISHED.add(temporary);
            return temporary;
        } catch (AccessDeniedException e) {
            throw new IOException("the folder " + folder + " cannot be written to");
        } catch (FileSystemException e) {
            throw new IOException("the folder " + folder + " cannot be written to"
                    + (e.getReason() == null ? "" : " (" + e.getReason() + ")"));
        }
    }

    /** Runs as the program exits: a write it interrupted leaves no temporary file. */
    static void removeUnfinished() {
        for (Path temporary : UNFINISHED) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // nothing more can be done while the program exits
            }
        }
    }

    static void write(Path target, byte[] content, BeforeMove beforeMove) throws IOException {
        write(target, out -> out.write(content), beforeMove);
    }

    static void write(Path target, Content content, BeforeMove beforeMove) throws IOException {
        Path absolute = writable(target);
        Path temporary = temporaryFor(absolute);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                // not closed here: closing the stream would close the channel before it is forced to disk
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepPermissions(absolute, temporary);
            beforeMove.run(temporary);
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } finally {
                UNFINISHED.remove(temporary);
            }
        }
    }
}
