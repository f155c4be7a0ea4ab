package se.debattsok.watch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The files of a folder that several processes write: lines appended whole and forced to disk, a
 * file replaced atomically (a reader sees the old or the new), and the folder's lock.
 */
final class FolderFiles {
  private final Path dir;

  FolderFiles(Path dir) {
    this.dir = dir;
  }

  List<String> lines(String file) throws IOException {
    Path path = dir.resolve(file);
    return Files.exists(path) ? Files.readAllLines(path, StandardCharsets.UTF_8) : List.of();
  }

  void append(String file, List<String> lines) throws IOException {
    if (lines.isEmpty()) {
      return;
    }
    Files.createDirectories(dir);
    byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    try (FileChannel out = FileChannel.open(dir.resolve(file), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND)) {
      out.write(ByteBuffer.wrap(bytes));
      out.force(true);
    }
  }

  /** Replaces a file whole: written beside it, forced, then moved over it, so a reader sees the old or the new. */
  void replace(String file, String content) throws IOException {
    Files.createDirectories(dir);
    Path temp = dir.resolve(file + ".tmp");
    try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      out.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
      out.force(true);
    }
    try {
      Files.move(temp, dir.resolve(file), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The folder's lock, held by one writer at a time across processes (and threads of one). */
  Lock lock() throws IOException {
    Files.createDirectories(dir);
    FileChannel channel = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      while (true) {
        try {
          return new Lock(channel, channel.lock());
        } catch (OverlappingFileLockException e) {
          Thread.sleep(5); // held by another thread of this process
        }
      }
    } catch (InterruptedException e) {
      channel.close();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the saved searches' lock", e);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  record Lock(FileChannel channel, FileLock lock) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      try {
        lock.release();
      } finally {
        channel.close();
      }
    }
  }
}
