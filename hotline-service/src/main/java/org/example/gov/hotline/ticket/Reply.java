package org.example.gov.hotline.ticket;

import java.time.Instant;

/** 答复: what the lead department answered, by whom and when. */
public record Reply(String text, String department, String handlerId, Instant at) {
}
