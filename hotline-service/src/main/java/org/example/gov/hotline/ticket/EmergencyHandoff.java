package org.example.gov.hotline.ticket;

import java.time.Instant;

/** A 110/119/120/122 matter passed on by the agent: to which service, how, by whom and when. */
public record EmergencyHandoff(Service service, Mode mode, String note, String agentId, Instant at) {

    public enum Service {
        /** 公安 */
        POLICE_110,
        /** 消防 */
        FIRE_119,
        /** 急救 */
        AMBULANCE_120,
        /** 交通事故 */
        TRAFFIC_122
    }

    public enum Mode {
        /** 三方通话: the agent stays on the line with the caller and the emergency service. */
        THREE_WAY_CALL,
        /** 一键转接: the call is transferred. */
        TRANSFER
    }
}
