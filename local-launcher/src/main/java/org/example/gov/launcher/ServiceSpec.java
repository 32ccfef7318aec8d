package org.example.gov.launcher;

import java.util.Map;

/** One application of the platform: its module (= jar name), port and extra environment. */
public record ServiceSpec(String name, int port, Map<String, String> environment, String... arguments) {
}
