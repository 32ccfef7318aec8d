package org.example.gov.trading.integrity;

import java.util.List;

/**
 * One warning: the signal, the bids it links (bid id order, with their bidders in the same order) and its evidence —
 * the shared value (an address, a fingerprint, a hash, an author, an account) or the price sequence with its step or
 * ratio. The evidence may be personal data (an address, an account): it is sealed at rest and shown only to staff and
 * supervisors, never put into an event.
 */
public record CollusionWarning(SignalKind kind, List<String> bidIds, List<String> bidders, String evidence) {

    public CollusionWarning {
        bidIds = List.copyOf(bidIds);
        bidders = List.copyOf(bidders);
    }
}
