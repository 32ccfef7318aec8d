package org.example.gov.trading.client;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A stable, pseudonymous fingerprint of the machine the client runs on, sent as {@value #HEADER} with the submission and
 * the decryption so the platform can warn when several bidders of one lot bid or decrypt from one machine (围标串标预警).
 * It is SM3 of the host name, the operating system and architecture and the hardware addresses of the network
 * interfaces, so it is the same on every run on one machine and tells the platform nothing about the machine itself.
 * It is not a secret and not proof (a determined colluder can change it): the platform treats it as one signal among
 * several, shown to the committee and supervisors after the opening, never as a reason to reject a bid.
 */
public final class MachineFingerprint {

    /** The header the platform reads the fingerprint from. */
    public static final String HEADER = "X-Client-Fingerprint";

    /** What the platform accepts as a fingerprint (anything else is ignored, never stored). */
    public static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9:._+/=-]{8,128}");

    private MachineFingerprint() {
    }

    /** This machine's fingerprint, "sm3:" and 64 hex digits. */
    public static String local() {
        List<String> parts = new ArrayList<>();
        parts.add("gov-machine/1");
        parts.add(hostName());
        parts.add(System.getProperty("os.name", ""));
        parts.add(System.getProperty("os.arch", ""));
        parts.addAll(hardwareAddresses());
        return of(String.join("|", parts));
    }

    /** The fingerprint of a machine description (for tests and for clients that know their machine better). */
    public static String of(String machine) {
        return "sm3:" + Sm3.hex(machine.getBytes(StandardCharsets.UTF_8));
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "";
        }
    }

    /** Sorted, so the interfaces' enumeration order does not change the fingerprint. */
    private static List<String> hardwareAddresses() {
        List<String> found = new ArrayList<>();
        try {
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                byte[] mac = ni.isLoopback() || ni.isVirtual() ? null : ni.getHardwareAddress();
                if (mac != null && mac.length > 0) {
                    found.add(HexFormat.of().formatHex(mac));
                }
            }
        } catch (SocketException | RuntimeException e) {
            // no interfaces to read: the host name and the system still make a stable fingerprint
        }
        Collections.sort(found);
        return found;
    }
}
