package org.example.gov.evaluation.messaging;

import java.time.Instant;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.example.gov.evaluation.invitation.Stage;
import org.example.gov.evaluation.rating.RatingService;
import org.example.gov.platform.events.IdempotentConsumer;
import org.example.gov.platform.events.IncomingEvent;
import org.example.gov.platform.problem.PlatformException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * 12345 call-back ratings (channel HOTLINE): gov.hotline.callback-rated.v1 → the case's rating for that stage;
 * gov.hotline.department-rated.v1 (a ticket not about a case) → a rating of the department, a 不满意 one with its
 * rectification. Idempotent twice over: by event id (IdempotentConsumer) and by the case's invitation (one rating per
 * case and stage) or the call-back (one rating per call-back).
 * A call-back the rules refuse (not the case's applicant, invitation expired) is logged and skipped; a malformed event
 * goes to the dead-letter topic.
 */
@Component
class HotlineEventsListener {

    static final String CONSUMER = "evaluation.hotline-events";
    static final String CALLBACK_RATED = "gov.hotline.callback-rated.v1";
    static final String DEPARTMENT_RATED = "gov.hotline.department-rated.v1";
    private static final Logger log = LoggerFactory.getLogger(HotlineEventsListener.class);

    private final IdempotentConsumer idempotent;
    private final RatingService ratings;
    private final JsonMapper json;

    HotlineEventsListener(IdempotentConsumer idempotent, RatingService ratings, JsonMapper json) {
        this.idempotent = idempotent;
        this.ratings = ratings;
        this.json = json;
    }

    @KafkaListener(topics = "gov.hotline.events", groupId = "evaluation-service")
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (DEPARTMENT_RATED.equals(event.type())) {
            onDepartmentRated(event);
            return;
        }
        if (!CALLBACK_RATED.equals(event.type())) {
            return;
        }
        event.requireSource("hotline-service"); // only the hotline's own call-backs become ratings
        CallbackRated c = json.readValue(event.data(), CallbackRated.class);
        RatingService.HotlineRating rating = new RatingService.HotlineRating(c.callbackId(), c.caseId(), c.caseNumber(),
                Stage.valueOf(c.stage()), c.applicantId(), c.level(), c.tags(), c.comment(), c.department(), c.region(),
                c.itemCode(), c.itemName(), c.calledAt());
        try {
            idempotent.handleOnce(CONSUMER, event, e -> {
                if (!ratings.rateFromHotline(rating)) {
                    log.info("Hotline call-back {}: case {} is already rated at {}", c.callbackId(), c.caseNumber(),
                            c.stage());
                }
            });
        } catch (PlatformException refused) {
            // a business refusal is final: retrying or dead-lettering would not change it
            log.warn("Hotline call-back {} for case {} refused: {} {}", c.callbackId(), c.caseNumber(), refused.code(),
                    refused.getMessage());
        }
    }

    private void onDepartmentRated(IncomingEvent event) {
        event.requireSource("hotline-service");
        DepartmentRated d = json.readValue(event.data(), DepartmentRated.class);
        RatingService.DepartmentRating rating = new RatingService.DepartmentRating(d.callbackId(), d.ticketId(),
                d.ticketNumber(), d.level(), d.comment(), d.callerId(), d.department(), d.departmentRegion(),
                d.categoryCode());
        try {
            idempotent.handleOnce(CONSUMER, event, e -> {
                if (!ratings.rateDepartmentFromHotline(rating)) {
                    log.info("Hotline call-back {} of ticket {} is already recorded", d.callbackId(), d.ticketNumber());
                }
            });
        } catch (PlatformException refused) {
            log.warn("Hotline call-back {} of ticket {} refused: {} {}", d.callbackId(), d.ticketNumber(),
                    refused.code(), refused.getMessage());
        }
    }

    /** The fields of gov.hotline.department-rated.v1 this consumer reads; unknown fields are ignored. */
    record DepartmentRated(String callbackId, String ticketId, String ticketNumber, String department,
            String departmentRegion, String categoryCode, int level, String comment, String callerId) {
    }

    /** The fields of gov.hotline.callback-rated.v1 this consumer reads; unknown fields are ignored. */
    record CallbackRated(String callbackId, String caseId, String caseNumber, String stage, String applicantId,
            int level, List<String> tags, String comment, String department, String region, String itemCode,
            String itemName, Instant calledAt) {
    }
}
