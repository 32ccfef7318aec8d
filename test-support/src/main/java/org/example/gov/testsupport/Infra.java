package org.example.gov.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Set;

/** Small shared helpers: free ports, recursive delete, shutdown-hook ordering. Not public API. */
final class Infra {

    static final String LOCALHOST = "127.0.0.1";

    /** Names of the JVM shutdown-hook threads that close Spring contexts (Framework and Boot). */
    private static final Set<String> SPRING_SHUTDOWN_HOOKS =
            Set.of("SpringContextShutdownHook", "SpringApplicationShutdownHook");

    private Infra() {
    }

    /** A TCP port that is free on 127.0.0.1 right now (bind to 0, read it, release it). */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getByName(LOCALHOST), 0), 1);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find a free TCP port", e);
        }
    }

    /** A free port other than the ones given. */
    static int freePortExcept(int... taken) {
        for (int attempt = 0; attempt < 20; attempt++) {
            int port = freePort();
            boolean clash = false;
            for (int t : taken) {
                clash |= t == port;
            }
            if (!clash) {
                return port;
            }
        }
        throw new IllegalStateException("Cannot find a free TCP port");
    }

    /** True if something accepts TCP connections on 127.0.0.1:port. */
    static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(LOCALHOST, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void deleteRecursively(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                    if (exc instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw exc;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + root, e);
        }
    }

    static void deleteQuietly(Path root) {
        try {
            deleteRecursively(root);
        } catch (RuntimeException ignored) {
            // best effort (shutdown path)
        }
    }

    /**
     * Called from our JVM shutdown hooks: JVM hooks run concurrently, so give Spring's context-closing hooks
     * (which still talk to the database and the broker while they stop listeners, flush producers, close
     * pools) the chance to finish before the infrastructure goes away.
     */
    static void awaitSpringShutdownHooks(Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        // the JVM starts all hooks in a loop; let it get past ours
        sleep(Duration.ofMillis(50));
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread != Thread.currentThread() && SPRING_SHUTDOWN_HOOKS.contains(thread.getName())) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    thread.join(Duration.ofNanos(left));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    static Thread shutdownHook(String name, Runnable action) {
        Thread hook = new Thread(() -> {
            awaitSpringShutdownHooks(Duration.ofSeconds(30));
            action.run();
        }, name);
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    static void removeShutdownHook(Thread hook) {
        if (hook == null || hook == Thread.currentThread()) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // fine
        }
    }
}
