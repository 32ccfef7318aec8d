package org.example.gov.trading.inspection;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.example.gov.platform.audit.AuditKind;
import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.ForbiddenException;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.problem.PlatformException;
import org.example.gov.platform.scope.ScopePolicy;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;
import org.example.gov.trading.expert.DrawRandom;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Random inspections (双随机一公开; {@link InspectionPlan} and {@link InspectionDraw} hold the rules). Who:
 * <ul>
 * <li>plan and draw: a SUPERVISOR whose reach covers the plan's region (403 INSPECTION_REGION_OUT_OF_SCOPE otherwise), from the
 * region's inspector list and its and its sub-regions' concluded projects; a refused draw is audited too;</li>
 * <li>the full plan with its draw record (accounts, recusals, seed) and whether its replay matches: supervisors and
 * trading-centre staff within reach, and the inspectors drawn in it; anyone else 404;</li>
 * <li>a project's result: one of the inspectors drawn for it, published on recording;</li>
 * <li>the public: every plan's projects, the inspecting departments and the results — no account, tie or seed.</li>
 * </ul>
 */
public class InspectionService {

    static final Set<Role> PLANNERS = Set.of(Role.SUPERVISOR);
    static final Set<Role> OVERSEERS = Set.of(Role.SUPERVISOR, Role.TRADING_STAFF);
    public static final int MAX_PAGE = 100;

    private final InspectionRepository plans;
    private final InspectorRepository inspectors;
    private final InspectableProjects projects;
    private final SecureRandom random;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public InspectionService(InspectionRepository plans, InspectorRepository inspectors, InspectableProjects projects,
            SecureRandom random, Outbox outbox, AuditTrail audit, TransactionTemplate transactions, Clock clock) {
        this.plans = plans;
        this.inspectors = inspectors;
        this.projects = projects;
        this.random = random;
        this.outbox = outbox;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public InspectionPlan draw(InspectionPlan.Spec spec, Actor actor) {
        InspectionPlan.check(spec);
        if (!ScopePolicy.of(actor, PLANNERS).covers(spec.region(), null)) {
            throw new ForbiddenException("INSPECTION_REGION_OUT_OF_SCOPE", "region",
                    "Supervisors inspect their own region or below", spec.region());
        }
        try {
            return transactions.execute(s -> {
                List<Inspector> listed = inspectors.activeOf(spec.region());
                if (listed.size() > InspectorRepository.LIST_LIMIT) {
                    throw new BusinessRuleViolationException("INSPECTOR_LIST_TOO_LARGE", "region",
                            "The inspector list of region {0} holds more than {1}: split it by department first",
                            spec.region(), InspectorRepository.LIST_LIMIT);
                }
                byte[] seed = new byte[DrawRandom.SEED_BYTES];
                random.nextBytes(seed);
                Instant now = clock.instant();
                InspectionPlan plan = InspectionPlan.draw(spec, projects.concluded(spec.region(), spec.from(),
                        spec.until()), listed, seed, projects::winners, actor.id(), now);
                plans.save(plan);
                publish(plan.drawn());
                audit.record(AuditKind.STAFF_ACTION, "DONE", actor, "trading.inspection-draw", "inspection",
                        plan.id().toString(), null, "eligible " + plan.eligible() + " projects hash "
                                + plan.drawRecord().projectsHash() + " inspectors hash "
                                + plan.drawRecord().inspectorsHash());
                return plan;
            });
        } catch (PlatformException refused) {
            transactions.executeWithoutResult(s -> audit.record(AuditKind.STAFF_ACTION, "REFUSED", actor,
                    "trading.inspection-draw", "inspection", null, null, spec.region() + " " + refused.code()));
            throw refused;
        }
    }

    /** The plan as its overseers and inspectors read it, with whether replaying its draw gives its picks. */
    public InspectionPlan view(UUID id, Actor actor) {
        InspectionPlan plan = plans.find(id).filter(p -> ScopePolicy.of(actor, OVERSEERS).covers(p.region(), null)
                || p.assigned(actor.id())).orElseThrow(() -> notFound(id));
        transactions.executeWithoutResult(s -> audit.staffAction(actor, "trading.inspection-read", "inspection",
                id.toString()));
        return plan;
    }

    public InspectionPlan publishResult(UUID id, String projectId, InspectionOutcome outcome, String finding,
            Actor actor) {
        return transactions.execute(s -> {
            InspectionPlan plan = plans.findForUpdate(id)
                    .filter(p -> p.assigned(actor.id()) || ScopePolicy.of(actor, OVERSEERS).covers(p.region(), null))
                    .orElseThrow(() -> notFound(id));
            InspectionEvent e = plan.publishResult(projectId, actor.id(), outcome, finding, clock.instant());
            plans.save(plan);
            publish(e);
            audit.staffAction(actor, "trading.inspection-result", "inspection", id + "/" + projectId);
            return plan;
        });
    }

    public InspectionPlan publicView(UUID id) {
        return plans.find(id).orElseThrow(() -> notFound(id));
    }

    public List<InspectionPlan> publicPage(int page, int size) {
        return plans.page(page, size);
    }

    private void publish(InspectionEvent e) {
        outbox.publish(InspectionEvent.TOPIC, e.type(), e.inspectionId(), e);
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("INSPECTION_NOT_FOUND", "No inspection {0}", id);
    }
}
