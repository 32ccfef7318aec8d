package org.example.gov.trading.demo;

import java.time.Clock;
import java.util.List;

import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.calendar.CalendarReplica;
import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.personal.crypto.BlindIndex;
import org.example.gov.platform.personal.crypto.PersonalDataCipher;
import org.example.gov.trading.bid.BidService;
import org.example.gov.trading.bid.ReceiptKeys;
import org.example.gov.trading.bid.SealedBidStore;
import org.example.gov.trading.tender.AnnouncementCheck;
import org.example.gov.trading.tender.DownloadRegister;
import org.example.gov.trading.tender.ProjectRepository;
import org.example.gov.trading.tender.TenderPolicy;
import org.example.gov.trading.tender.TenderService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tender and bid services as they were on an earlier day: the same repositories, rules, outbox and audit, only
 * their clock set back. The demo plays a tender's first weeks (announcement, downloads, bids) a month ago this way, so
 * that its deadline has passed today and the real deadline job opens it or fails it — every step through the rules,
 * none written around them.
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

    PastSteps(ProjectRepository projects, DownloadRegister downloads, CalendarReplica calendars, TenderPolicy policy,
            Outbox outbox, TransactionTemplate transactions, AuditTrail audit, BlindIndex tags, PersonalDataCipher cipher,
            SealedBidStore store, ReceiptKeys keys, List<AnnouncementCheck> announcementChecks) {
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
    }

    TenderService tenders(Clock then) {
        return new TenderService(projects, downloads, calendars, policy, outbox, transactions, then, audit, tags, cipher,
                announcementChecks);
    }

    BidService bids(TenderService tenders, Clock then) {
        return new BidService(store, tenders, keys, transactions, audit, then);
    }
}
