package org.example.gov.trading.tender;

import java.util.EnumSet;
import java.util.Set;

import org.example.gov.platform.security.Role;

/**
 * The named steps on a project and its lots, with the roles that may take them, as the API and a 409's allowed list
 * name them. The steps without roles are taken by the platform itself: the opening and evaluation capabilities call
 * them through {@code TenderService} (bid deadline reached, opening concluded, ...), never a user directly.
 */
public enum TenderAction {
    EDIT("edit", Role.TENDEREE, Role.TENDER_AGENT),
    ANNOUNCE("announcement", Role.TENDEREE, Role.TENDER_AGENT),
    AMEND("amendment", Role.TENDEREE, Role.TENDER_AGENT),
    /** 暂停: the trading centre or the supervising department (招标投标法 第7条 supervision; 实施条例 第22条 pause). */
    SUSPEND("suspension", Role.TRADING_STAFF, Role.SUPERVISOR),
    RESUME("resumption", Role.TRADING_STAFF, Role.SUPERVISOR),
    /** 终止招标 (实施条例 第31条) by the tenderee before the opening. */
    CANCEL("cancellation", Role.TENDEREE, Role.TENDER_AGENT),
    DOWNLOAD("download", Role.BIDDER),
    FILE_OBJECTION("objection", Role.BIDDER),
    ANSWER_OBJECTION("objection-answer", Role.TENDEREE, Role.TENDER_AGENT),
    PASS_DEADLINE("deadline-passed"),
    CONCLUDE_OPENING("opening-concluded"),
    CONCLUDE_EVALUATION("evaluation-concluded"),
    AWARD("award"),
    RECORD_CONTRACT("contract"),
    COMPLETE("completion"),
    RETENDER("re-tender", Role.TENDEREE, Role.TENDER_AGENT);

    private final String label;
    private final Set<Role> roles;

    TenderAction(String label, Role... roles) {
        this.label = label;
        this.roles = roles.length == 0 ? Set.of() : Set.copyOf(EnumSet.of(roles[0], roles));
    }

    public String label() {
        return label;
    }

    /** Empty for the platform's own steps. */
    public Set<Role> roles() {
        return roles;
    }
}
