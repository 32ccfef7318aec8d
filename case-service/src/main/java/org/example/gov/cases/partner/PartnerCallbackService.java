package org.example.gov.cases.partner;

import java.util.List;

import org.example.gov.platform.security.Actor;
import org.springframework.stereotype.Service;

/** What a partner can see of the callbacks sent to it: its own delivery log. */
@Service
public class PartnerCallbackService {

    private final PartnerCallbackRepository callbacks;
    private final PartnerRegistry partners;

    public PartnerCallbackService(PartnerCallbackRepository callbacks, PartnerRegistry partners) {
        this.callbacks = callbacks;
        this.partners = partners;
    }

    public record AttemptPage(List<DeliveryAttempt> content, long total) {
    }

    public AttemptPage deliveryLog(Actor actor, int page, int size) {
        partners.of(actor);
        return new AttemptPage(callbacks.attempts(actor.id(), page, size), callbacks.countAttempts(actor.id()));
    }
}
