package org.example.gov.trading.opening;

import org.example.gov.trading.tender.LotId;

/**
 * Where the opening's progress goes live (不见面开标): window opened, each decryption result, record published. The
 * web adapter streams it as server-sent events to the lot's bidders and the parties who follow the opening.
 */
public interface LiveOpening {

    /** Sends one step of the lot's opening to whoever follows it now; nothing when nobody does. */
    void push(LotId lotId, String step, Object data);
}
