package org.example.gov.cases.casefile;

/**
 * How a case came in: the channel, the clerk who submitted it for the applicant (帮办代办, or a window intake), the
 * partner city that forwarded it (异地代收代办) with its own reference, and the bundle application (一件事) it is part of.
 */
public record Origin(Channel channel, String submittedBy, String partnerId, String partnerReference, String bundleId) {

    public enum Channel {
        WINDOW(false), WEB(true), APP(true), TERMINAL(true), PARTNER(true);

        private final boolean online;

        Channel(boolean online) {
            this.online = online;
        }

        /** Online submissions go through 网上预审 first. */
        public boolean online() {
            return online;
        }
    }

    public static Origin online(Channel channel) {
        return new Origin(channel, null, null, null, null);
    }

    public Origin inBundle(String bundle) {
        return new Origin(channel, submittedBy, partnerId, partnerReference, bundle);
    }
}
