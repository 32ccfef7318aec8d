package org.example.gov.launcher;

import java.io.IOException;
import java.net.ServerSocket;

/**
 * Where everything listens. The local run uses the documented fixed ports; tests take free ones so they
 * can run beside a local platform.
 */
public record PlatformPorts(int mariaDb, int kafka, int gateway, int gatewayManagement, int catalog, int cases,
        int evaluation, int trading, int hotline) {

    public static PlatformPorts documented() {
        return new PlatformPorts(3307, 9092, 8080, 8081, 8101, 8102, 8103, 8104, 8105);
    }

    public static PlatformPorts free() {
        return new PlatformPorts(freePort(), freePort(), freePort(), freePort(), freePort(), freePort(), freePort(),
                freePort(), freePort());
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    static boolean inUse(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
