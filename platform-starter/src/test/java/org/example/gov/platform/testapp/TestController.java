package org.example.gov.platform.testapp;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.transaction.DeadlockRetry;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints that provoke each kind of answer the starter is responsible for. */
@RestController
@RequestMapping("/api/test")
public class TestController {

    /** What an unexpected failure carries internally and must never reach a client. */
    public static final String INTERNAL_SECRET = "jdbc:mysql://db-internal.gov:3306/cases password=hunter2";

    /** Where {@code /widget-events} publishes, and its event type. */
    public static final String WIDGET_TOPIC = "starter.test.events";
    public static final String WIDGET_MADE = "gov.test.widget-made.v1";

    private final Outbox outbox;
    private final TransactionTemplate transactions;

    public TestController(Outbox outbox, TransactionTemplate transactions) {
        this.outbox = outbox;
        this.transactions = transactions;
    }

    @PostMapping("/widgets")
    public ResponseEntity<WidgetResponse> create(@Valid @RequestBody CreateWidgetRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new WidgetResponse(UUID.randomUUID().toString(), request.name(), request.quantity()));
    }

    /** A state change with its event, as a service's request does it: the event is stored in the request's transaction. */
    @PostMapping("/widget-events")
    public ResponseEntity<WidgetResponse> createWithEvent(@Valid @RequestBody CreateWidgetRequest request) {
        WidgetResponse widget = new WidgetResponse(UUID.randomUUID().toString(), request.name(), request.quantity());
        transactions.executeWithoutResult(status -> outbox.publish(WIDGET_TOPIC, WIDGET_MADE, widget.id(), widget));
        return ResponseEntity.status(HttpStatus.CREATED).body(widget);
    }

    @PostMapping("/widgets/{id}/closure")
    public WidgetResponse close(@PathVariable String id) {
        throw new IllegalTransitionException("SUBMITTED", "close", List.of("accept", "withdraw"));
    }

    @GetMapping("/failure")
    public WidgetResponse failure() {
        throw new IllegalStateException("Cannot reach " + INTERNAL_SECRET);
    }

    /** How many times {@code /lock-conflict} ran its transaction. */
    public static final AtomicInteger LOCK_CONFLICT_ATTEMPTS = new AtomicInteger();

    /** A transaction the database rolls back as a deadlock victim every time it runs. */
    @PostMapping("/lock-conflict")
    public WidgetResponse lockConflict() {
        return DeadlockRetry.execute(transactions, status -> {
            LOCK_CONFLICT_ATTEMPTS.incrementAndGet();
            throw new CannotAcquireLockException("Deadlock found when trying to get lock; try restarting transaction");
        });
    }

    /** A required text parameter and a typed one, as list endpoints take them. */
    @GetMapping("/widgets")
    public Map<String, Object> widgets(@RequestParam String region, @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) DayOfWeek day) {
        return Map.of("region", region, "size", size);
    }

    @GetMapping("/me")
    public ActorResponse me(Actor actor) {
        return ActorResponse.of(actor);
    }

    @GetMapping("/clerk-only")
    @PreAuthorize("hasRole('CLERK')")
    public ActorResponse clerkOnly(Actor actor) {
        return ActorResponse.of(actor);
    }

    @PostMapping("/clerk-widgets")
    @PreAuthorize("hasRole('CLERK')")
    public ResponseEntity<WidgetResponse> createAsClerk(@Valid @RequestBody CreateWidgetRequest request) {
        return create(request);
    }

    public record CreateWidgetRequest(@NotBlank @Size(max = 20) String name, @NotNull @Min(1) @Max(10) Integer quantity) {
    }

    public record WidgetResponse(String id, String name, int quantity) {
    }

    public record ActorResponse(String id, String name, Set<String> roles, String region, String department) {

        static ActorResponse of(Actor actor) {
            return new ActorResponse(actor.id(), actor.name(), actor.roles(), actor.region(), actor.department());
        }
    }
}
