package org.example.gov.trading.negativelist.web;

import java.time.Instant;
import java.util.List;

import org.example.gov.trading.negativelist.TenderDocument;

/**
 * A draft's document text with its hits; {@code blocksAnnouncement} says whether the announcement would be refused now,
 * {@code override} who accepted this text's hits and why (null when nobody has, or the text changed since).
 */
public record TenderDocumentResponse(String projectId, String text, String digest, List<HitResponse> hits,
        boolean blocksAnnouncement, Override override, String updatedBy, Instant updatedAt) {

    public record Override(String reason, String by, Instant at) {
    }

    static TenderDocumentResponse of(TenderDocument d) {
        return new TenderDocumentResponse(d.projectId(), d.text(), d.digest(), d.hits().stream().map(HitResponse::of).toList(),
                d.blocksAnnouncement(), d.overridden() ? new Override(d.overrideReason(), d.overriddenBy(), d.overriddenAt()) : null,
                d.updatedBy(), d.updatedAt());
    }
}
