package org.example.gov.platform.problem;

/**
 * 503: a service this request needs did not answer in time or its circuit is open. Nothing was
 * changed, so the client may retry later.
 */
public class DependencyUnavailableException extends PlatformException {

    public DependencyUnavailableException(String dependency, Throwable cause) {
        super(503, "DEPENDENCY_UNAVAILABLE", dependency + " is unavailable; nothing was changed, retry later", dependency);
        property("dependency", dependency);
        if (cause != null) {
            initCause(cause);
        }
    }
}
