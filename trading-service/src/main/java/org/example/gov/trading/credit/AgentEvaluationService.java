package org.example.gov.trading.credit;

import java.time.Clock;
import java.util.Set;

import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.problem.ConflictException;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.scope.ScopePolicy;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;
import org.example.gov.trading.tender.Lot;
import org.example.gov.trading.tender.Project;
import org.example.gov.trading.tender.ProjectId;
import org.example.gov.trading.tender.TenderService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The agent's evaluation after a project ({@link AgentEvaluation} holds the rules). Who:
 * <ul>
 * <li>evaluate: the project's tenderee only (anyone else 404, as if there were no project); once (409
 * AGENT_ALREADY_EVALUATED);</li>
 * <li>read one project's evaluation: its tenderee and agent, staff and supervisors who reach the project;</li>
 * <li>an agent's rating (count and means): TRADING_STAFF and SUPERVISOR over the projects of their reach, the agent
 * itself over all its projects; anyone else 404.</li>
 * </ul>
 */
public class AgentEvaluationService {

    static final Set<Role> TENDEREE = Set.of(Role.TENDEREE);
    static final Set<Role> READERS = Set.of(Role.TENDEREE, Role.TENDER_AGENT, Role.TRADING_STAFF, Role.SUPERVISOR);
    static final Set<Role> OVERSEERS = Set.of(Role.TRADING_STAFF, Role.SUPERVISOR);

    private final AgentEvaluationRepository evaluations;
    private final TenderService tenders;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public AgentEvaluationService(AgentEvaluationRepository evaluations, TenderService tenders, Outbox outbox,
            AuditTrail audit, TransactionTemplate transactions, Clock clock) {
        this.evaluations = evaluations;
        this.tenders = tenders;
        this.outbox = outbox;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public AgentEvaluation evaluate(ProjectId projectId, AgentEvaluation.Scores scores, String comment, Actor actor) {
        Project p = tenders.reachable(projectId, actor, TENDEREE);
        if (evaluations.find(projectId.toString()).isPresent()) {
            throw alreadyEvaluated(projectId);
        }
        AgentEvaluation e = AgentEvaluation.rate(projectId.toString(), p.agent(), p.tenderee(), p.region(),
                p.lots().stream().map(Lot::status).toList(), scores, comment, clock.instant());
        try {
            transactions.executeWithoutResult(s -> {
                evaluations.insert(e);
                CreditEvent event = e.evaluated();
                outbox.publish(CreditEvent.TOPIC, event.type(), event.subjectId(), event);
                audit.staffAction(actor, "trading.agent-evaluation", "project", projectId.toString());
            });
        } catch (DuplicateKeyException concurrentTwin) {
            throw alreadyEvaluated(projectId);
        }
        return e;
    }

    public AgentEvaluation view(ProjectId projectId, Actor actor) {
        tenders.reachable(projectId, actor, READERS);
        return evaluations.find(projectId.toString()).orElseThrow(() -> new NotFoundException(
                "AGENT_EVALUATION_NOT_FOUND", "The agent of project {0} is not evaluated yet", projectId));
    }

    public AgentRating rating(String agent, Actor actor) {
        if (ScopePolicy.actsAsStaff(actor, OVERSEERS)) {
            return evaluations.rating(agent, ScopePolicy.of(actor, OVERSEERS));
        }
        if (actor.has(Role.TENDER_AGENT) && actor.id().equals(agent)) {
            return evaluations.rating(agent, null);
        }
        throw new NotFoundException("AGENT_NOT_FOUND", "No agent {0} for you", agent);
    }

    private static ConflictException alreadyEvaluated(ProjectId id) {
        return new ConflictException("AGENT_ALREADY_EVALUATED", "The agent of project {0} is evaluated already", id);
    }
}
