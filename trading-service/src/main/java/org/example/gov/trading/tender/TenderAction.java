package org.example.gov.trading.tender;

import java.util.Set;

import org.example.gov.platform.security.Role;

/**
 * The named steps on a project and its lots, with the roles that may take them, as the API and a 409's allowed list
 * name them. The steps without roles are taken by the platform itself: the opening and evaluation capabilities call
 * them through {@code TenderService} (bid deadline reached, opening concluded, ...), never a user directly.
 */
public enum TenderAction {
    EDIT("edit", Set.of(Role.TENDEREE, Role.TENDER_AGENT)),
    ANNOUNCE("announcement", Set.of(Role.TENDEREE, Role.TENDER_AGENT)),
    AMEND("amendment", Set.of(Role.TENDEREE, Role.TENDER_AGENT)),
    /** 暂停: the trading centre or the supervising department (招标投标法 第7条 supervision; 实施条例 第22条 pause). */
    SUSPEND("suspension", Set.of(Role.TRADING_STAFF, Role.SUPERVISOR)),
    RESUME("resumption", Set.of(Role.TRADING_STAFF, Role.SUPERVISOR)),
    /** 终止招标 (实施条例 第31条) by the tenderee before the opening. */
    CANCEL("cancellation", Set.of(Role.TENDEREE, Role.TENDER_AGENT)),
    DOWNLOAD("download", Set.of(Role.BIDDER)),
    FILE_OBJECTION("objection", Set.of(Role.BIDDER)),
    ANSWER_OBJECTION("objection-answer", Set.of(Role.TENDEREE, Role.TENDER_AGENT)),
    PASS_DEADLINE("deadline-passed", Set.of()),
    CONCLUDE_OPENING("opening-concluded", Set.of()),
    CONCLUDE_EVALUATION("evaluation-concluded", Set.of()),
    /** 废标 / 否决全部投标 at the end of the evaluation (too few valid bids): the lot FAILED, ready to re-tender. */
    FAIL_EVALUATION("evaluation-failed", Set.of()),
    AWARD("award", Set.of()),
    RECORD_CONTRACT("contract", Set.of()),
    COMPLETE("completion", Set.of()),
    RETENDER("re-tender", Set.of(Role.TENDEREE, Role.TENDER_AGENT));

    private final String label;
    private final Set<Role> roles;

    TenderAction(String label, Set<Role> roles) {
        this.label = label;
        this.roles = roles;
    }

    public String label() {
        return label;
    }

    /** Empty for the platform's own steps. */
    public Set<Role> roles() {
        return roles;
    }
}
