package org.example.gov.platform.personal.crypto;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keys for the local run, kept in a properties file ({@code platform.personal-data.key-file}, by default
 * {@code .local/keys/personal-data.properties} under the working directory, which git ignores). Created with random
 * keys on first use, so the demo encrypts for real without anyone handling a key; every service started from the same
 * directory shares the file. Never use it outside the local run and never commit the file.
 *
 * <pre>
 * current=k1
 * key.k1=&lt;base64 16 bytes&gt;
 * index=&lt;base64 32 bytes&gt;
 * </pre>
 * A rotation can be tried locally while everything runs: add {@code key.k2}, set {@code current=k2} and save. The
 * file is looked at again at most once a second ({@link #RECHECK}); a changed file that does not make a valid key
 * ring is refused with a warning and the keys in use stay. New values then go under k2 at once, and the rotation
 * job of each service moves the old rows; remove k1 only after that.
 */
public final class FileKeys implements PersonalDataKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger log = LoggerFactory.getLogger(FileKeys.class);
    /** How often the file's modification time is looked at: a stat a second, not one per encryption. */
    static final long RECHECK = TimeUnit.SECONDS.toNanos(1);

    private final Path file;
    private volatile KeyRing ring;
    private volatile FileTime readVersion;
    private volatile long checkedAt;

    public FileKeys(Path file) {
        this.file = file.toAbsolutePath();
        try {
            if (!Files.exists(this.file)) {
                create(this.file);
            }
            this.readVersion = Files.getLastModifiedTime(this.file);
            this.ring = read(this.file);
            this.checkedAt = System.nanoTime();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or create the personal-data key file " + this.file, e);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public String currentKeyId() {
        return ring().currentKeyId();
    }

    @Override
    public byte[] key(String keyId) {
        return ring().key(keyId);
    }

    @Override
    public byte[] indexKey() {
        return ring().indexKey();
    }

    /** The keys, read again when the file changed (at most one look a second; concurrent callers may both look). */
    private KeyRing ring() {
        long now = System.nanoTime();
        if (now - checkedAt >= RECHECK) {
            checkedAt = now;
            try {
                FileTime modified = Files.getLastModifiedTime(file);
                if (!modified.equals(readVersion)) {
                    KeyRing changed = read(file);
                    if (!changed.keyIds().containsAll(ring.keyIds())) {
                        log.warn("Personal-data key file {} dropped key(s) {}; make sure no row still uses them", file,
                                ring.keyIds().stream().filter(id -> !changed.keyIds().contains(id)).toList());
                    }
                    ring = changed;
                    readVersion = modified;
                    log.info("Personal-data keys re-read from {} (current key {})", file, changed.currentKeyId());
                }
            } catch (IOException | IllegalStateException e) {
                log.warn("Personal-data key file {} changed but cannot be used ({}); the keys in use stay", file, e.getMessage());
            }
        }
        return ring;
    }

    private static KeyRing read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith("key.")) {
                keys.put(name.substring(4), KeyRing.decode(file + " " + name, properties.getProperty(name)));
            }
        }
        return new KeyRing(keys, properties.getProperty("current"), KeyRing.decode(file + " index", properties.getProperty("index")));
    }

    /**
     * Written to a temporary file and linked into place without replacing, so two services starting together never
     * end up with different keys: the loser of the race reads the winner's file.
     */
    private static void create(Path file) throws IOException {
        Path directory = file.getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, ".personal-data", ".tmp");
        try {
            restrictToOwner(temporary);
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                writer.write("# Personal-data keys of the LOCAL run only (FileKeys). Never commit, never use elsewhere.\n");
                writer.write("current=k1\n");
                writer.write("key.k1=" + random(KeyRing.SM4_KEY_BYTES) + "\n");
                writer.write("index=" + random(KeyRing.MIN_INDEX_KEY_BYTES) + "\n");
            }
            try {
                // a hard link fails if the name exists (a rename would silently replace the other service's keys)
                Files.createLink(file, temporary);
            } catch (FileAlreadyExistsException anotherServiceWasFaster) {
                // keep theirs
            } catch (UnsupportedOperationException noHardLinks) {
                Files.move(temporary, file); // fails, without replacing, if the file exists
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void restrictToOwner(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the user's profile directory is already private
        }
    }

    private static String random(int bytes) {
        byte[] key = new byte[bytes];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Override
    public String toString() {
        return "FileKeys[" + file + ", " + ring + "]";
    }
}
