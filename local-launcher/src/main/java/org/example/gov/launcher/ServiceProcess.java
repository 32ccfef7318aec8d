package org.example.gov.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One service JVM: started from its jar, output to a log file, stopped gracefully (SIGTERM) then forcibly. */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final ServiceSpec spec;
    private final Path jar;
    private final Path log;
    private final List<String> jvmOptions;
    private Process process;

    ServiceProcess(ServiceSpec spec, Path jar, Path log, List<String> jvmOptions) {
        this.spec = spec;
        this.jar = jar;
        this.log = log;
        this.jvmOptions = jvmOptions;
    }

    void start() {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Missing " + jar + ": build first (./mvnw -DskipTests package)");
        }
        if (PlatformPorts.inUse(spec.port())) {
            throw new IllegalStateException("Port " + spec.port() + " for " + spec.name() + " is already in use");
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.add("--platform.parent-pid=" + ProcessHandle.current().pid());
        command.addAll(List.of(spec.arguments()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(spec.environment());
        builder.environment().put("SERVER_PORT", Integer.toString(spec.port()));
        try {
            Files.createDirectories(log.getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + spec.name(), e);
        }
    }

    /** Polls {@code /readyz} until the service says it is ready, or fails with the log's location. */
    void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + spec.port() + "/readyz"))
                .timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (process == null || !process.isAlive()) {
                throw new IllegalStateException(spec.name() + " exited during start-up; see " + log);
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + spec.name());
            }
            pause();
        }
        throw new IllegalStateException(spec.name() + " not ready after " + timeout + "; see " + log);
    }

    /** SIGTERM (graceful shutdown), then SIGKILL if it has not stopped in time. */
    void stop(Duration grace) {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    long pid() {
        return process == null ? -1 : process.pid();
    }

    /** Resident memory of the JVM in KiB (Linux /proc), for the start-up report. */
    long residentKib() {
        if (process == null) {
            return 0;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or already gone
        }
        return 0;
    }

    ServiceSpec spec() {
        return spec;
    }

    Path log() {
        return log;
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
