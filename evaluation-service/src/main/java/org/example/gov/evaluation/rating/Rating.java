package org.example.gov.evaluation.rating;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.example.gov.evaluation.channel.Channel;
import org.example.gov.evaluation.channel.RatedObjects;
import org.example.gov.evaluation.invitation.Invitation;
import org.example.gov.evaluation.invitation.Stage;
import org.example.gov.evaluation.onsite.ServiceOccurrence;
import org.example.gov.platform.personal.FreeText;
import org.example.gov.platform.problem.BusinessRuleViolationException;

/**
 * A rating of a service: five levels, 1-2 being a bad review (差评). It stores the channel and every rated object
 * (case, item, department, hall/window, staff member). {@code invitationId} is what allowed it: the online invitation
 * (also used by hotline call-backs) or the window service occurrence.
 */
public record Rating(String id, String invitationId, Source source, String caseId, String caseNumber, Stage stage,
        int level, List<String> tags, String comment, Channel channel, String raterId, RatedObjects objects,
        Instant ratedAt, String externalId) {

    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 5;

    /** How the rating arrived. */
    public enum Source {
        /** through an invitation, on the web, the app, SMS, a QR code or a terminal (一事一评) */
        ONLINE(EnumSet.of(Channel.WEB, Channel.APP, Channel.SMS, Channel.QR_CODE, Channel.TERMINAL)),
        /** on the window device, or the applicant's phone via the window's QR code (一次一评) */
        ON_SITE(EnumSet.of(Channel.WINDOW_DEVICE, Channel.QR_CODE)),
        /** relayed by a 12345 hotline call-back */
        HOTLINE(EnumSet.of(Channel.HOTLINE)),
        /**
         * a 12345 call-back about a ticket that is not about a case: the lead department's handling is rated. The
         * ticket stands where a case would ({@code caseId}/{@code caseNumber} hold the ticket's id and number), the
         * call-back where the invitation would ({@code invitationId} = call-back id: one rating per call-back).
         */
        HOTLINE_TICKET(EnumSet.of(Channel.HOTLINE));

        private final Set<Channel> channels;

        Source(Set<Channel> channels) {
            this.channels = channels;
        }

        public boolean allows(Channel channel) {
            return channels.contains(channel);
        }
    }

    public Rating {
        if (level < MIN_LEVEL || level > MAX_LEVEL) {
            throw new BusinessRuleViolationException("RATING_LEVEL_OUT_OF_RANGE", "level", "level must be 1..5", level);
        }
        if (channel == null || !source.allows(channel)) {
            // e.g. an online rating cannot pretend to come from a window device or the hotline
            throw new BusinessRuleViolationException("CHANNEL_NOT_ALLOWED", "channel",
                    "channel " + channel + " is not allowed for a " + source + " rating", channel, source);
        }
        tags = tags == null ? List.of() : List.copyOf(tags);
        // a phone or ID number typed into the comment would tell the department who rated (rater privacy) and sit in
        // clear in the table (GB/T 39786): kept masked (138****5678), like every other personal-data field
        comment = FreeText.masked(comment);
    }

    /** An online rating through the applicant's invitation (the caller has checked it is theirs). */
    public static Rating online(Invitation invitation, int level, List<String> tags, String comment, Channel channel,
            String raterId, Instant now) {
        return of(invitation, Source.ONLINE, level, tags, comment, channel, raterId, now, null);
    }

    /** A rating the applicant gave in a 12345 call-back, recorded on the case's invitation. */
    public static Rating hotline(Invitation invitation, int level, List<String> tags, String comment, String raterId,
            Instant now, String callbackId) {
        return of(invitation, Source.HOTLINE, level, tags, comment, Channel.HOTLINE, raterId, now, callbackId);
    }

    /**
     * A 12345 caller's rating of the department that handled their ticket (no case). The item is the hotline category
     * ({@code HOTLINE-<code>}), so item statistics keep hotline matters apart from catalogue items; the rater is the
     * caller's user id when they filed online and are not confidential, else a pseudonym of the ticket (the rating
     * must not tell the department who called).
     */
    public static Rating hotlineTicket(String callbackId, String ticketId, String ticketNumber, int level, String comment,
            String callerId, String department, String departmentRegion, String categoryCode, Instant now) {
        String rater = callerId != null && !callerId.isBlank() ? callerId : "12345:" + ticketNumber;
        return new Rating(UUID.randomUUID().toString(), callbackId, Source.HOTLINE_TICKET, ticketId, ticketNumber,
                Stage.TICKET, level, List.of(), comment, Channel.HOTLINE, rater,
                new RatedObjects("HOTLINE-" + categoryCode, "12345热线诉求 " + categoryCode, department, departmentRegion,
                        null, null, null),
                now, callbackId);
    }

    /** 一次一评: the rating of one window service occurrence, given on the window device or via its QR code. */
    public static Rating onSite(ServiceOccurrence o, int level, List<String> tags, String comment, Channel channel,
            Instant now) {
        return new Rating(UUID.randomUUID().toString(), o.id(), Source.ON_SITE, o.caseId(), o.caseNumber(),
                Stage.ON_SITE, level, tags, comment, channel, o.applicantId(),
                new RatedObjects(o.itemCode(), o.itemName(), o.department(), o.region(), o.hallCode(), o.windowId(),
                        o.staffId()),
                now, null);
    }

    private static Rating of(Invitation invitation, Source source, int level, List<String> tags, String comment,
            Channel channel, String raterId, Instant now, String externalId) {
        return new Rating(UUID.randomUUID().toString(), invitation.id(), source, invitation.caseId(),
                invitation.caseNumber(), invitation.stage(), level, tags, comment, channel, raterId,
                new RatedObjects(invitation.itemCode(), invitation.itemName(), invitation.department(),
                        invitation.region(), null, null, invitation.staffId()),
                now, externalId);
    }

    public boolean isBad() {
        return level <= 2;
    }

    public String department() {
        return objects.department();
    }

    public String itemCode() {
        return objects.itemCode();
    }
}
