package org.example.gov.trading.expert;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.example.gov.platform.audit.AuditKind;
import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.personal.IdCardNumber;
import org.example.gov.platform.personal.PersonName;
import org.example.gov.platform.personal.PhoneNumber;
import org.example.gov.platform.problem.ConflictException;
import org.example.gov.platform.problem.ForbiddenException;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.scope.ScopePolicy;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The expert pool's application service. TRADING_STAFF maintain the experts of their region and below; SUPERVISOR of
 * the region or above reads them. An expert out of reach answers 404. Every step is audited (the expert's id, never
 * their person).
 */
public class ExpertPoolService {

    static final Set<Role> MAINTAINERS = Set.of(Role.TRADING_STAFF);
    static final Set<Role> READERS = Set.of(Role.TRADING_STAFF, Role.SUPERVISOR);

    private final ExpertRepository experts;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AuditTrail audit;

    public ExpertPoolService(ExpertRepository experts, TransactionTemplate transactions, Clock clock, AuditTrail audit) {
        this.experts = experts;
        this.transactions = transactions;
        this.clock = clock;
        this.audit = audit;
    }

    /** 403 REGION_OUT_OF_SCOPE for a region the staff member does not maintain; 409 for an ID number already in the pool. */
    public Expert register(PersonName name, IdCardNumber idNumber, PhoneNumber phone, ExpertProfile profile,
            Actor actor) {
        if (profile.region() == null || !ScopePolicy.of(actor, MAINTAINERS).covers(profile.region(), null)) {
            throw new ForbiddenException("REGION_OUT_OF_SCOPE", "region",
                    "Staff register experts of their own region or below", profile.region());
        }
        Expert e = Expert.register(name, idNumber, phone, profile, clock.instant());
        try {
            transactions.executeWithoutResult(s -> {
                if (experts.idNumberRegistered(idNumber)) {
                    throw alreadyRegistered();
                }
                experts.save(e, actor.id(), e.registeredAt());
                audit.staffAction(actor, "trading.expert-register", "expert", e.id().toString());
            });
        } catch (DuplicateKeyException concurrentTwin) {
            throw alreadyRegistered();
        }
        return experts.find(e.id()).orElseThrow();
    }

    public Expert update(ExpertId id, ExpertProfile profile, PhoneNumber phone, Actor actor) {
        return change(id, actor, "trading.expert-update", e -> e.update(profile, phone));
    }

    public Expert penalise(ExpertId id, Penalty penalty, Actor actor) {
        return change(id, actor, "trading.expert-penalise", e -> e.penalise(penalty));
    }

    public Expert get(ExpertId id, Actor actor) {
        Expert e = experts.find(id).filter(x -> ScopePolicy.of(actor, READERS).covers(x.profile().region(), null))
                .orElseThrow(() -> notFound(id));
        transactions.executeWithoutResult(s -> audit.record(AuditKind.PERSONAL_DATA_READ, "DONE", actor,
                "trading.expert-read", "expert", id.toString(), null, "masked"));
        return e;
    }

    public List<Expert> list(String specialty, int page, int size, Actor actor) {
        return experts.list(ScopePolicy.of(actor, READERS), specialty, page, size);
    }

    private Expert change(ExpertId id, Actor actor, String action, java.util.function.Consumer<Expert> step) {
        transactions.executeWithoutResult(s -> {
            Expert e = experts.findForUpdate(id)
                    .filter(x -> ScopePolicy.of(actor, MAINTAINERS).covers(x.profile().region(), null))
                    .orElseThrow(() -> notFound(id));
            step.accept(e);
            experts.save(e, actor.id(), clock.instant());
            audit.staffAction(actor, action, "expert", id.toString());
        });
        return experts.find(id).orElseThrow();
    }

    private static ConflictException alreadyRegistered() {
        return new ConflictException("EXPERT_ALREADY_REGISTERED", "An expert with this ID number is already in the pool");
    }

    private static NotFoundException notFound(ExpertId id) {
        return new NotFoundException("EXPERT_NOT_FOUND", "No expert " + id, id);
    }
}
