package org.example.gov.evaluation.onsite;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.example.gov.evaluation.channel.Channel;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.ConflictException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.scope.RegionCode;
import org.example.gov.platform.scope.ScopePolicy;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;

/**
 * 一次一评: one service at a window (a hall, a window, the staff member serving, the applicant served, the case
 * handled), opened by the hall and pushed to the window's rating device. It is rated once, by the applicant: on the
 * window device (a device session whose subject is the window id, role {@value #DEVICE_ROLE}) or on the applicant's
 * own phone through the window's QR code. Staff never rate it: the clerk who opened it holds neither identity.
 */
public final class ServiceOccurrence {

    public enum Status { AWAITING_RATING, RATED, EXPIRED }

    /** The role of a window rating device's token; its subject is the window id it is mounted on. */
    public static final String DEVICE_ROLE = Role.WINDOW_DEVICE.name();

    /** The hall's staff, who open occurrences (each within their reach: a clerk their region, an approver their department). */
    static final Set<Role> HALL_STAFF = EnumSet.of(Role.CLERK, Role.APPROVER);

    /** Who oversees occurrences: supervisors, over their region and below. */
    static final Set<Role> SUPERVISION = EnumSet.of(Role.SUPERVISOR);

    private final String id;
    private final String caseId;
    private final String caseNumber;
    private final String applicantId;
    private final String itemCode;
    private final String itemName;
    private final String department;
    private final String region;
    private final String hallCode;
    private final String windowId;
    private final String staffId;
    private final String openedBy;
    private final Instant openedAt;
    private final Instant expiresAt;
    private Status status;

    private ServiceOccurrence(String id, String caseId, String caseNumber, String applicantId, String itemCode,
            String itemName, String department, String region, String hallCode, String windowId, String staffId,
            String openedBy, Instant openedAt, Instant expiresAt, Status status) {
        this.id = id;
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.applicantId = applicantId;
        this.itemCode = itemCode;
        this.itemName = itemName;
        this.department = department;
        this.region = region;
        this.hallCode = hallCode;
        this.windowId = windowId;
        this.staffId = staffId;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        this.expiresAt = expiresAt;
        this.status = status;
    }

    /**
     * The hall opens an occurrence when the window has served the applicant, for the staff member opening it (a clerk
     * or approver never opens one in a colleague's name: the rating would land on someone who did not serve). The case
     * must be one the evaluation service knows from case events ({@code served}, null if none arrived), of this
     * applicant, and within the staff member's scope (a clerk: their region; an approver: their department of their
     * region), so nobody opens a rating for a stranger's case or another city's. The hall and window are the staff
     * member's own region's: the occurrence takes their region and department (the service keeps no register of halls
     * and windows to check the codes against). A case out of reach answers 404, like a case that does not exist.
     */
    public static ServiceOccurrence open(ServedCase served, String applicantId, String hallCode, String windowId,
            String staffId, Actor hallStaff, Instant now, Duration validity) {
        if (hallStaff.department() == null || hallStaff.department().isBlank()
                || RegionCode.parse(hallStaff.region()).isEmpty()) {
            throw new BusinessRuleViolationException("HALL_STAFF_WITHOUT_DEPARTMENT", null,
                    "Only staff of a department and region can open a window service occurrence");
        }
        if (staffId != null && !staffId.isBlank() && !staffId.equals(hallStaff.id())) {
            throw new BusinessRuleViolationException("OCCURRENCE_STAFF_NOT_SELF", "staffId",
                    "Staff open window service occurrences for themselves only", staffId);
        }
        if (applicantId.equals(hallStaff.id())) {
            throw new BusinessRuleViolationException("STAFF_CANNOT_RATE", "applicantId",
                    "Staff cannot open a rating for themselves");
        }
        if (served == null || !served.applicantId().equals(applicantId)
                || !ScopePolicy.of(hallStaff, HALL_STAFF).covers(served.region(), served.department())) {
            throw new NotFoundException("SERVED_CASE_NOT_FOUND",
                    "No case " + (served == null ? "" : served.caseNumber()) + " of this applicant within your reach",
                    served == null ? "" : served.caseNumber());
        }
        return new ServiceOccurrence(UUID.randomUUID().toString(), served.caseId(), served.caseNumber(), applicantId,
                served.itemCode(), served.itemName(), hallStaff.department(), hallStaff.region(), hallCode, windowId,
                hallStaff.id(), hallStaff.id(), now, now.plus(validity), Status.AWAITING_RATING);
    }

    public static ServiceOccurrence restore(String id, String caseId, String caseNumber, String applicantId,
            String itemCode, String itemName, String department, String region, String hallCode, String windowId,
            String staffId, String openedBy, Instant openedAt, Instant expiresAt, Status status) {
        return new ServiceOccurrence(id, caseId, caseNumber, applicantId, itemCode, itemName, department, region,
                hallCode, windowId, staffId, openedBy, openedAt, expiresAt, status);
    }

    /**
     * Uses the occurrence for its one rating. Only the served applicant (channel QR_CODE) or the device of this window
     * (channel WINDOW_DEVICE) may rate; anybody else does not learn it exists (404). A second rating is a 409.
     *
     * @return the channel the rating came through
     */
    public Channel rateBy(Actor submitter, Instant now) {
        Channel channel;
        if (submitter.roles().contains(DEVICE_ROLE) && windowId.equals(submitter.id())) {
            channel = Channel.WINDOW_DEVICE;
        } else if (submitter.roles().contains("APPLICANT") && applicantId.equals(submitter.id())) {
            channel = Channel.QR_CODE;
        } else {
            throw notFound(id);
        }
        if (status == Status.RATED) {
            throw new ConflictException("OCCURRENCE_ALREADY_RATED", "This window service has already been rated", id);
        }
        if (status == Status.EXPIRED || now.isAfter(expiresAt)) {
            throw new IllegalTransitionException(Status.EXPIRED.name(), "rate", List.of());
        }
        status = Status.RATED;
        return channel;
    }

    /**
     * Who may read it: the device of this window, the applicant served, the staff member who opened it (or was
     * recorded as serving), and supervisors whose scope covers its region; nobody else (404), not even colleagues.
     */
    public boolean visibleTo(Actor actor) {
        return actor.has(Role.WINDOW_DEVICE) && windowId.equals(actor.id())
                || actor.has(Role.APPLICANT) && applicantId.equals(actor.id())
                || ScopePolicy.actsAsStaff(actor, HALL_STAFF) && (openedBy.equals(actor.id()) || staffId.equals(actor.id()))
                || ScopePolicy.of(actor, SUPERVISION).covers(region, department);
    }

    static NotFoundException notFound(String id) {
        return new NotFoundException("OCCURRENCE_NOT_FOUND", "No window service occurrence " + id + " for you", id);
    }

    public String id() { return id; }
    public String caseId() { return caseId; }
    public String caseNumber() { return caseNumber; }
    public String applicantId() { return applicantId; }
    public String itemCode() { return itemCode; }
    public String itemName() { return itemName; }
    public String department() { return department; }
    public String region() { return region; }
    public String hallCode() { return hallCode; }
    public String windowId() { return windowId; }
    public String staffId() { return staffId; }
    public String openedBy() { return openedBy; }
    public Instant openedAt() { return openedAt; }
    public Instant expiresAt() { return expiresAt; }
    public Status status() { return status; }
}
