package org.example.gov.trading.tender;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One lot (标段 / 包) of a project: what is bought, its estimate (construction) or budget (procurement), the bid security
 * and validity every bid must offer, and its own stage and schedule (a re-tendered lot runs a new round while its
 * siblings go on). Immutable: the project replaces a lot when it changes.
 *
 * @param amount            the estimate (招标控制价 / 估算) or budget (采购预算)
 * @param deposit           the bid security required (投标保证金), ≤ {@link TenderPolicy#maxDepositRate()} of amount
 * @param decryptionWindow  how long bidders have to decrypt online once the opening starts
 * @param previousLot       the failed lot this one re-tenders, or null
 * @param schedule          null until announced
 */
public record Lot(LotId id, int number, String name, Money amount, Money deposit, int bidValidityDays,
        Duration decryptionWindow, LotStatus status, Schedule schedule, LotId previousLot, String endReason) {

    /** When documents are issued and bids are due; dates in Asia/Shanghai, instants UTC. */
    public record Schedule(Instant announcedAt, LocalDate announcementUntil, LocalDate documentsFrom,
            LocalDate documentsUntil, Instant bidDeadline) {

        Schedule withDeadline(Instant deadline) {
            return new Schedule(announcedAt, announcementUntil, documentsFrom, documentsUntil, deadline);
        }
    }

    Lot with(LotStatus newStatus) {
        return new Lot(id, number, name, amount, deposit, bidValidityDays, decryptionWindow, newStatus, schedule,
                previousLot, endReason);
    }

    Lot ended(LotStatus newStatus, String reason) {
        return new Lot(id, number, name, amount, deposit, bidValidityDays, decryptionWindow, newStatus, schedule,
                previousLot, reason);
    }

    Lot with(Schedule newSchedule) {
        return new Lot(id, number, name, amount, deposit, bidValidityDays, decryptionWindow, status, newSchedule,
                previousLot, endReason);
    }

    public Instant bidDeadline() {
        return schedule == null ? null : schedule.bidDeadline();
    }
}
