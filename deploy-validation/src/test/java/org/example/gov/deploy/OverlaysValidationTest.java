package org.example.gov.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests as CI checks them: {@code npm ci} (the pinned kubectl, the kubernetes-models schemas), then
 * node's test runner on {@code test/*.test.mjs}, which renders every overlay in k8s/overlays and validates it, and shows
 * each rule catching its fixture. Its report is target/node-test.log (and this test's output).
 */
class OverlaysValidationTest {

    private static final Path MODULE = Path.of("").toAbsolutePath();

    @Test
    void everyOverlayRendersAndPassesEveryCheckAndEveryFixtureIsCaught() throws Exception {
        run(List.of("npm", "ci", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"), "npm-ci.log", 300);
        run(List.of("node", "--test", "--test-reporter=spec", "test/"), "node-test.log", 300);
    }

    private static void run(List<String> command, String logName, long timeoutSeconds) throws IOException, InterruptedException {
        Path log = MODULE.resolve("target").resolve(logName);
        Files.createDirectories(log.getParent());
        Process process;
        try {
            process = new ProcessBuilder(command).directory(MODULE.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
        } catch (IOException notInstalled) {
            throw new AssertionError("deploy-validation needs Node.js >= 20 and npm on the PATH (" + notInstalled.getMessage()
                    + "); ./mvnw verify -pl '!deploy-validation' builds without it", notInstalled);
        }
        boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        assertEquals(0, finished ? process.exitValue() : -1, () -> String.join(" ", command) + " failed:\n" + output);
    }
}
