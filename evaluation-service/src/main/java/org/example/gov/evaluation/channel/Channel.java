package org.example.gov.evaluation.channel;

/**
 * Where a rating was given (DOMAIN.md §5): the window rating device (评价器), a QR code at the window, the web portal,
 * the mobile app or mini-program, SMS, the 12345 hotline, a self-service terminal. Stored with every rating.
 */
public enum Channel {
    WINDOW_DEVICE,
    QR_CODE,
    WEB,
    APP,
    SMS,
    HOTLINE,
    TERMINAL;

    /**
     * The channel an online invitation goes out on, from the case's intake channel: online intakes are invited where
     * they applied; window and partner intakes get an SMS with a link.
     */
    public static Channel forIntake(String intakeChannel) {
        if (intakeChannel == null) {
            return SMS;
        }
        return switch (intakeChannel) {
            case "WEB" -> WEB;
            case "APP" -> APP;
            case "TERMINAL" -> TERMINAL;
            default -> SMS;
        };
    }
}
