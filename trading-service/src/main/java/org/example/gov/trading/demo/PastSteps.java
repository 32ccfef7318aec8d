package org.example.gov.trading.demo;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.calendar.CalendarReplica;
import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.personal.crypto.BlindIndex;
import org.example.gov.platform.personal.crypto.PersonalDataCipher;
import org.example.gov.trading.award.AwardService;
import org.example.gov.trading.award.ContractRepository;
import org.example.gov.trading.award.ContractService;
import org.example.gov.trading.award.ProcedureHold;
import org.example.gov.trading.award.PublicityRepository;
import org.example.gov.trading.bid.BidService;
import org.example.gov.trading.bid.ReceiptKeys;
import org.example.gov.trading.bid.SealedBidStore;
import org.example.gov.trading.deposit.DepositService;
import org.example.gov.trading.expert.CommitteeRepository;
import org.example.gov.trading.expert.CommitteeRules;
import org.example.gov.trading.expert.CommitteeService;
import org.example.gov.trading.expert.ExpertCreditBars;
import org.example.gov.trading.expert.ExpertRepository;
import org.example.gov.trading.expert.LotBidders;
import org.example.gov.trading.expert.SupervisingDepartments;
import org.example.gov.trading.guarantee.GuaranteeService;
import org.example.gov.trading.opening.LiveOpening;
import org.example.gov.trading.opening.OpeningObserver;
import org.example.gov.trading.opening.OpeningRepository;
import org.example.gov.trading.opening.OpeningService;
import org.example.gov.trading.scoring.CreditBars;
import org.example.gov.trading.scoring.EvaluationService;
import org.example.gov.trading.scoring.ExpertAccountRepository;
import org.example.gov.trading.scoring.LotEvaluationRepository;
import org.example.gov.trading.scoring.OpenedBids;
import org.example.gov.trading.scoring.ScoringPolicies;
import org.example.gov.trading.tender.AnnouncementCheck;
import org.example.gov.trading.tender.DownloadRegister;
import org.example.gov.trading.tender.ProjectRepository;
import org.example.gov.trading.tender.TenderPolicy;
import org.example.gov.trading.tender.TenderService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The trading services as they were on an earlier day: the same repositories, rules, outbox and audit, only their clock
 * set back. The demo plays a tender's first weeks (announcement, downloads, bids) a month ago this way, so that its
 * deadline has passed today and the real deadline job opens it or fails it; and it plays whole tenders further back,
 * from the announcement to the contract ({@link #at}), on a {@link SteppingClock} moved from step to step — every step
 * through the rules, none written around them. Collaborators whose answers do not depend on the time (the opened bids,
 * the bidders of a lot, the bid security, the collusion evidence) are the application's own beans.
 */
@Component
class PastSteps {

    private final ProjectRepository projects;
    private final DownloadRegister downloads;
    private final CalendarReplica calendars;
    private final TenderPolicy policy;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final BlindIndex tags;
    private final PersonalDataCipher cipher;
    private final SealedBidStore store;
    private final ReceiptKeys keys;
    private final List<AnnouncementCheck> announcementChecks;
    private final Later later;

    /** What the opening, the committee, the evaluation, the award and the contract need besides the above. */
    @Component
    record Later(OpeningRepository openings, LiveOpening live, PlatformTransactionManager manager,
            ObjectProvider<OpeningObserver> observer, LotBidders bidders, ExpertRepository experts,
            CommitteeRepository committees, CommitteeRules committeeRules, SupervisingDepartments supervisors,
            OpenedBids openedBids, ExpertAccountRepository accounts, LotEvaluationRepository evaluations,
            ScoringPolicies scoringPolicies, PublicityRepository publicities, ContractRepository contracts,
            GuaranteeService guarantees, DepositService deposits, ObjectProvider<ProcedureHold> holds,
            ExpertCreditBars expertCreditBars, CreditBars creditBars) {
    }

    PastSteps(ProjectRepository projects, DownloadRegister downloads, CalendarReplica calendars, TenderPolicy policy,
            Outbox outbox, TransactionTemplate transactions, AuditTrail audit, BlindIndex tags, PersonalDataCipher cipher,
            SealedBidStore store, ReceiptKeys keys, List<AnnouncementCheck> announcementChecks, Later later) {
        this.projects = projects;
        this.downloads = downloads;
        this.calendars = calendars;
        this.policy = policy;
        this.outbox = outbox;
        this.transactions = transactions;
        this.audit = audit;
        this.tags = tags;
        this.cipher = cipher;
        this.store = store;
        this.keys = keys;
        this.announcementChecks = announcementChecks;
        this.later = later;
    }

    TenderService tenders(Clock then) {
        return new TenderService(projects, downloads, calendars, policy, outbox, transactions, then, audit, tags, cipher,
                announcementChecks);
    }

    BidService bids(TenderService tenders, Clock then) {
        return new BidService(store, tenders, keys, transactions, audit, then);
    }

    /** Every service a tender meets from its announcement to its contract, all on {@code then}. */
    record Services(TenderService tenders, BidService bids, OpeningService openings, CommitteeService committees,
            EvaluationService evaluations, AwardService awards, ContractService contracts) {
    }

    /** Built as their {@code config/*Configuration} build them, on {@code then}. */
    Services at(Clock then) {
        TenderService tenders = tenders(then);
        BidService bids = bids(tenders, then);
        TransactionTemplate readCommitted = new TransactionTemplate(later.manager());
        readCommitted.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        OpeningService openings = new OpeningService(later.openings(), bids, tenders, outbox, audit, later.live(),
                transactions, readCommitted, then, later.observer().getIfAvailable(() -> OpeningObserver.NONE));
        // the draw's seed is recorded with the draw, so a demo committee replays like any other
        CommitteeService committees = new CommitteeService(tenders, later.bidders(), later.experts(),
                later.committees(), later.committeeRules(), later.supervisors(), later.expertCreditBars(),
                new SecureRandom(), outbox, transactions, then, audit);
        EvaluationService evaluations = new EvaluationService(tenders, later.openedBids(), later.creditBars(),
                later.committees(),
                later.experts(), later.accounts(), later.evaluations(), later.scoringPolicies(), outbox, transactions,
                then, audit);
        ProcedureHold holds = later.holds().getIfAvailable(() -> ProcedureHold.NONE);
        ContractService contracts = new ContractService(later.contracts(), later.publicities(), tenders,
                later.guarantees(), later.deposits(), holds, calendars, outbox, audit, transactions, then);
        AwardService awards = new AwardService(later.publicities(), tenders, evaluations, contracts, holds, calendars,
                outbox, audit, transactions, then);
        return new Services(tenders, bids, openings, committees, evaluations, awards, contracts);
    }
}
