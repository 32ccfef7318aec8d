package org.example.gov.platform.events;

/**
 * An event whose CloudEvents {@code source} is not the service that owns its type (a rating invitation "from" anyone
 * but case-service). Never retried: it goes straight to the dead-letter topic, where an operator sees who wrote it.
 * The source attribute is only as trustworthy as the topic's write ACLs; this check stops a misconfigured or forged
 * producer from creating ratings, the ACLs stop anyone else from producing.
 */
public class UntrustedEventSourceException extends RuntimeException {

    public UntrustedEventSourceException(IncomingEvent event, String expectedSource) {
        super("Event " + event.id() + " (" + event.type() + ") comes from " + event.source() + ", not from "
                + expectedSource + "; refused");
    }
}
