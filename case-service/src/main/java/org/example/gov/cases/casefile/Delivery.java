package org.example.gov.cases.casefile;

import java.time.Instant;

/** 送达: window pickup, courier (tracking number) or e-licence (licence number). */
public record Delivery(Method method, String reference, Instant deliveredAt) {

    public enum Method {
        WINDOW_PICKUP(false), COURIER(true), E_LICENCE(true);

        private final boolean needsReference;

        Method(boolean needsReference) {
            this.needsReference = needsReference;
        }

        public boolean needsReference() {
            return needsReference;
        }
    }
}
