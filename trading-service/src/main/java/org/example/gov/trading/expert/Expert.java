package org.example.gov.trading.expert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.example.gov.platform.personal.IdCardNumber;
import org.example.gov.platform.personal.PersonName;
import org.example.gov.platform.personal.PhoneNumber;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.scope.RegionCode;

/**
 * An expert of the pool (评标专家): their person (name, ID number, phone — personal data, encrypted at rest and masked
 * in responses), their {@link ExpertProfile} and their penalties. Maintained by trading-centre staff of the expert's
 * region or above.
 */
public final class Expert {

    /** Organisation ids as the platform's tokens name organisations (a USCC or a demo id). */
    static final Pattern ORGANISATION = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final ExpertId id;
    private final PersonName name;
    private final IdCardNumber idNumber;
    private PhoneNumber phone;
    private ExpertProfile profile;
    private final List<Penalty> penalties;
    private final Instant registeredAt;
    private final long rowVersion;

    private Expert(ExpertId id, PersonName name, IdCardNumber idNumber, PhoneNumber phone, ExpertProfile profile,
            List<Penalty> penalties, Instant registeredAt, long rowVersion) {
        this.id = id;
        this.name = name;
        this.idNumber = idNumber;
        this.phone = phone;
        this.profile = profile;
        this.penalties = new ArrayList<>(penalties);
        this.registeredAt = registeredAt;
        this.rowVersion = rowVersion;
    }

    /** A new expert of the pool; 422 when the profile is incomplete (see {@link #check}). */
    public static Expert register(PersonName name, IdCardNumber idNumber, PhoneNumber phone, ExpertProfile profile,
            Instant at) {
        if (name == null || idNumber == null) {
            throw new BusinessRuleViolationException("EXPERT_IDENTITY_REQUIRED", "name",
                    "An expert is registered with their name and ID number");
        }
        check(profile);
        return new Expert(ExpertId.newId(), name, idNumber, phone, profile, List.of(), at, -1);
    }

    public static Expert restore(ExpertId id, PersonName name, IdCardNumber idNumber, PhoneNumber phone,
            ExpertProfile profile, List<Penalty> penalties, Instant registeredAt, long rowVersion) {
        return new Expert(id, name, idNumber, phone, profile, penalties, registeredAt, rowVersion);
    }

    /** New specialties, level, employer, ties or phone. The region stays: it decides who maintains the expert. */
    public void update(ExpertProfile newProfile, PhoneNumber newPhone) {
        check(newProfile);
        if (!newProfile.region().equals(profile.region())) {
            throw new BusinessRuleViolationException("EXPERT_REGION_FIXED", "region",
                    "An expert moves to another region's pool by that region's staff registering them");
        }
        profile = newProfile;
        phone = newPhone;
    }

    /** Records a penalty (from, until, reason): the expert is not drawn on any day it covers. */
    public void penalise(Penalty penalty) {
        penalties.add(penalty);
    }

    /** The expert as a draw sees them. */
    public Candidate candidate() {
        return new Candidate(id, profile.employer(), profile.shareholdings(), profile.relativesOf(), profile.staffOf(),
                penalties);
    }

    static void check(ExpertProfile p) {
        if (p == null || p.specialties().isEmpty()) {
            throw new BusinessRuleViolationException("EXPERT_SPECIALTY_REQUIRED", "specialties",
                    "An expert has at least one specialty code");
        }
        if (p.region() == null || RegionCode.parse(p.region()).isEmpty()) {
            throw new BusinessRuleViolationException("REGION_INVALID", "region",
                    "Region " + p.region() + " is not a GB/T 2260 code", p.region());
        }
        if (p.level() == null) {
            throw new BusinessRuleViolationException("EXPERT_LEVEL_REQUIRED", "level", "An expert has a title level");
        }
        List<String> organisations = new ArrayList<>(p.shareholdings());
        organisations.addAll(p.relativesOf());
        if (p.employer() != null) {
            organisations.add(p.employer());
        }
        for (String o : organisations) {
            if (!ORGANISATION.matcher(o).matches()) {
                throw new BusinessRuleViolationException("ORGANISATION_ID_INVALID", "employer",
                        "Organisations are named by their platform id (letters, digits, - and _)");
            }
        }
    }

    public ExpertId id() { return id; }
    public PersonName name() { return name; }
    public IdCardNumber idNumber() { return idNumber; }
    public PhoneNumber phone() { return phone; }
    public ExpertProfile profile() { return profile; }
    public List<Penalty> penalties() { return List.copyOf(penalties); }
    public Instant registeredAt() { return registeredAt; }
    public long rowVersion() { return rowVersion; }
    public boolean isNew() { return rowVersion < 0; }
}
