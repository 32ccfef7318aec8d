package org.example.gov.hotline.ticket;

/** Where a demand came in (一口受理: every channel lands in the same ticket). */
public enum Channel {
    PHONE, SMS, WEB, WECHAT, APP, MAILBOX, PROVINCIAL_TRANSFER;

    /** The channels a caller uses on their own, without an agent: the web portal, the app and WeChat. */
    public boolean selfService() {
        return this == WEB || this == APP || this == WECHAT;
    }
}
