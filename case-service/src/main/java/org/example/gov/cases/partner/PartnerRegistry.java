package org.example.gov.cases.partner;

import java.util.List;

import org.example.gov.cases.partner.config.PartnersProperties;
import org.example.gov.cases.partner.config.PartnersProperties.Partner;
import org.example.gov.platform.security.Actor;
import org.springframework.stereotype.Component;

/** The configured partner cities; a PARTNER token whose subject is not one of them gets 403. */
@Component
public class PartnerRegistry {

    private final PartnersProperties properties;

    public PartnerRegistry(PartnersProperties properties) {
        this.properties = properties;
    }

    /** The partner the caller's credential names. */
    public Partner of(Actor actor) {
        Partner partner = properties.partners().get(actor.id());
        if (partner == null) {
            throw new UnknownPartnerException(actor.id());
        }
        return partner;
    }

    public Partner find(String partnerId) {
        return properties.partners().get(partnerId);
    }

    /** Partners with a callback URL and a secret: only their callbacks are sent, the others wait. */
    public List<String> receivingCallbacks() {
        return properties.partners().entrySet().stream().filter(e -> e.getValue().receivesCallbacks())
                .map(java.util.Map.Entry::getKey).sorted().toList();
    }
}
