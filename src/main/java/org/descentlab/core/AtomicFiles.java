package org.descentlab.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file whole or not at all: the bytes go to a temporary file in the same folder, are forced to
 * disk, and the temporary file is then moved over the target in one step. A failure at any point leaves
 * the old file as it was and no temporary file behind. A link is followed: the file it points to is the
 * one replaced. A read-only file is not replaced. Messages name the target, never the temporary file.
 */
public final class AtomicFiles {

    /** Runs between writing the temporary file and moving it; tests use it to interrupt a save. */
    @FunctionalInterface
    interface BeforeMove {
        void run(Path temporary) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
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

    static void write(Path target, byte[] content, BeforeMove beforeMove) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isSymbolicLink(absolute) && Files.exists(absolute)) {
            absolute = absolute.toRealPath();
        }
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException("it is a folder");
        }
        if (Files.exists(absolute) && readOnly(absolute)) {
            throw new IOException("it is read-only");
        }
        Path temporary;
        try {
            temporary = Files.createTempFile(folder, "." + absolute.getFileName() + "-", ".part");
        } catch (AccessDeniedException e) {
            throw new IOException("the folder " + folder + " cannot be written to");
        }
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
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
            Files.deleteIfExists(temporary);
        }
    }
}
