package org.example.gov.trading.opening.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.example.gov.trading.opening.LiveOpening;
import org.example.gov.trading.tender.LotId;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live opening as server-sent events (Spring MVC {@link SseEmitter}): one list of followers per lot in this
 * instance. Steps are pushed after their transaction commits, by the instance that recorded them, so a follower
 * connected to another replica sees them on its next reconnect's GET of the record (a multi-replica fan-out would go
 * through the event topic; one instance runs locally and in the tests).
 */
@Component
public class SseLiveOpening implements LiveOpening {

    static final Duration TIMEOUT = Duration.ofHours(2);

    private final Map<LotId, List<SseEmitter>> followers = new ConcurrentHashMap<>();

    public SseEmitter follow(LotId lotId) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        List<SseEmitter> list = followers.computeIfAbsent(lotId, k -> new CopyOnWriteArrayList<>());
        list.add(emitter);
        Runnable remove = () -> list.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        return emitter;
    }

    @Override
    public void push(LotId lotId, String step, Object data) {
        List<SseEmitter> list = followers.getOrDefault(lotId, List.of());
        for (SseEmitter emitter : list) {
            try {
                emitter.send(SseEmitter.event().name(step).data(data));
            } catch (IOException | IllegalStateException gone) {
                list.remove(emitter);
            }
        }
    }
}
