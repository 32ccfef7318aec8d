package org.example.gov.trading.expert;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.example.gov.platform.personal.IdCardNumber;
import org.example.gov.platform.personal.PersonName;
import org.example.gov.platform.personal.PhoneNumber;
import org.example.gov.platform.personal.crypto.BlindIndex;
import org.example.gov.platform.personal.crypto.PersonalDataCipher;
import org.example.gov.platform.scope.Department;
import org.example.gov.platform.scope.RegionCode;
import org.example.gov.platform.scope.Scope;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The expert pool in the {@code trading} schema: {@code expert} (personal data SM4-encrypted, the ID number's blind
 * index unique), {@code expert_specialty} and the append-only {@code expert_penalty}, in the caller's transaction.
 * {@link #pool} reads a draw's candidates without decrypting anything.
 */
@Repository
public class ExpertRepository {

    private static final String COLUMNS = """
            id, region, level, employer, shareholdings, relatives_of, staff_region, staff_department, name_enc,
            id_number_enc, phone_enc, registered_at, row_version""";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final BlindIndex index;

    public ExpertRepository(JdbcClient jdbc, PersonalDataCipher cipher, BlindIndex index) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.index = index;
    }

    /** Inserts or updates (row version checked → 409), rewrites the specialties, appends penalties not yet stored. */
    public void save(Expert e, String by, java.time.Instant at) {
        ExpertProfile p = e.profile();
        if (e.isNew()) {
            jdbc.sql("INSERT INTO expert (" + COLUMNS + ", id_number_index) VALUES (:id, :region, :level, :employer,"
                    + " :shareholdings, :relativesOf, :staffRegion, :staffDepartment, :name, :idNumber, :phone,"
                    + " :registeredAt, 0, :idIndex)")
                    .params(params(e)).param("name", cipher.encrypt(e.name().value()))
                    .param("idNumber", cipher.encrypt(e.idNumber().value()))
                    .param("idIndex", index.of(e.idNumber()))
                    .param("registeredAt", Timestamp.from(e.registeredAt())).update();
        } else {
            int updated = jdbc.sql("""
                    UPDATE expert SET level = :level, employer = :employer, shareholdings = :shareholdings,
                           relatives_of = :relativesOf, staff_region = :staffRegion, staff_department = :staffDepartment,
                           phone_enc = :phone, row_version = row_version + 1
                    WHERE id = :id AND row_version = :rowVersion""")
                    .params(params(e)).param("rowVersion", e.rowVersion()).update();
            if (updated == 0) {
                throw new OptimisticLockingFailureException("expert " + e.id() + " was changed concurrently");
            }
            jdbc.sql("DELETE FROM expert_specialty WHERE expert_id = :id").param("id", e.id().toString()).update();
        }
        for (String s : p.specialties()) {
            jdbc.sql("INSERT INTO expert_specialty (specialty, expert_id) VALUES (:s, :id)").param("s", s)
                    .param("id", e.id().toString()).update();
        }
        int stored = jdbc.sql("SELECT COUNT(*) FROM expert_penalty WHERE expert_id = :id").param("id", e.id().toString())
                .query(Integer.class).single();
        List<Penalty> penalties = e.penalties();
        for (Penalty penalty : penalties.subList(stored, penalties.size())) {
            jdbc.sql("""
                    INSERT INTO expert_penalty (expert_id, valid_from, valid_until, reason, basis, recorded_by, recorded_at)
                    VALUES (:id, :from, :until, :reason, :basis, :by, :at)""")
                    .param("id", e.id().toString()).param("from", Date.valueOf(penalty.from()))
                    .param("until", Date.valueOf(penalty.until())).param("reason", penalty.reason())
                    .param("basis", penalty.basis()).param("by", by).param("at", Timestamp.from(at)).update();
        }
    }

    private Map<String, Object> params(Expert e) {
        ExpertProfile p = e.profile();
        Map<String, Object> m = new HashMap<>();
        m.put("id", e.id().toString());
        m.put("region", p.region());
        m.put("level", p.level().name());
        m.put("employer", p.employer());
        m.put("shareholdings", String.join(",", p.shareholdings()));
        m.put("relativesOf", String.join(",", p.relativesOf()));
        m.put("staffRegion", p.staffOf() == null ? null : p.staffOf().region().value());
        m.put("staffDepartment", p.staffOf() == null ? null : p.staffOf().name());
        m.put("phone", e.phone() == null ? null : cipher.encrypt(e.phone().value()));
        return m;
    }

    public boolean idNumberRegistered(IdCardNumber number) {
        return jdbc.sql("SELECT COUNT(*) FROM expert WHERE id_number_index = :i").param("i", index.of(number))
                .query(Integer.class).single() > 0;
    }

    public Optional<Expert> find(ExpertId id) {
        return load("SELECT " + COLUMNS + " FROM expert WHERE id = :id", id);
    }

    public Optional<Expert> findForUpdate(ExpertId id) {
        return load("SELECT " + COLUMNS + " FROM expert WHERE id = :id FOR UPDATE", id);
    }

    /** A page of the experts in scope, optionally of one specialty, ordered by id. */
    public List<Expert> list(Scope scope, String specialty, int page, int size) {
        Scope.SqlCondition inScope = scope.where("region", "staff_department");
        String sql = "SELECT " + COLUMNS + " FROM expert WHERE " + inScope.sql()
                + (specialty == null ? "" : " AND id IN (SELECT expert_id FROM expert_specialty WHERE specialty = :sp)")
                + " ORDER BY id LIMIT :limit OFFSET :offset";
        var spec = jdbc.sql(sql).params(inScope.params());
        if (specialty != null) {
            spec = spec.param("sp", specialty);
        }
        List<Expert> experts = spec.param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> restore(rs, List.of())).list();
        return experts.stream().map(e -> withPenalties(e, penalties(e.id()))).toList();
    }

    /**
     * The candidates of a draw: every expert of the specialty whose region is {@code region} or below it, with the
     * penalties in force on {@code date}. Two queries, no decryption.
     */
    public List<Candidate> pool(String specialty, RegionCode region, LocalDate date) {
        Map<String, List<Penalty>> penalties = new HashMap<>();
        jdbc.sql("""
                SELECT p.expert_id, p.valid_from, p.valid_until, p.reason, p.basis FROM expert_penalty p
                JOIN expert_specialty s ON s.expert_id = p.expert_id AND s.specialty = :sp
                WHERE p.valid_from <= :d AND p.valid_until >= :d""")
                .param("sp", specialty).param("d", Date.valueOf(date))
                .query((ResultSet rs) -> {
                    penalties.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(penalty(rs, 2));
                });
        return jdbc.sql("""
                SELECT e.id, e.employer, e.shareholdings, e.relatives_of, e.staff_region, e.staff_department
                FROM expert_specialty s JOIN expert e ON e.id = s.expert_id
                WHERE s.specialty = :sp AND e.region LIKE :region""")
                .param("sp", specialty).param("region", region.prefix() + "%")
                .query((rs, n) -> new Candidate(ExpertId.of(rs.getString(1)), rs.getString(2), split(rs.getString(3)),
                        split(rs.getString(4)), department(rs.getString(5), rs.getString(6)),
                        penalties.getOrDefault(rs.getString(1), List.of())))
                .list();
    }

    /** Names of experts, decrypted, for the callers allowed to see them (masked by the type in responses). */
    public Map<ExpertId, PersonName> names(Set<ExpertId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<ExpertId, PersonName> names = new LinkedHashMap<>();
        jdbc.sql("SELECT id, name_enc FROM expert WHERE id IN (:ids)")
                .param("ids", ids.stream().map(ExpertId::toString).toList())
                .query((ResultSet rs) -> {
                    names.put(ExpertId.of(rs.getString(1)), PersonName.of(cipher.decrypt(rs.getString(2))));
                });
        return names;
    }

    private Optional<Expert> load(String sql, ExpertId id) {
        return jdbc.sql(sql).param("id", id.toString()).query((rs, n) -> restore(rs, List.of())).optional()
                .map(e -> withPenalties(e, penalties(e.id())));
    }

    private List<Penalty> penalties(ExpertId id) {
        return jdbc.sql("SELECT valid_from, valid_until, reason, basis FROM expert_penalty WHERE expert_id = :id ORDER BY id")
                .param("id", id.toString()).query((rs, n) -> penalty(rs, 1)).list();
    }

    private static Penalty penalty(ResultSet rs, int first) throws SQLException {
        return new Penalty(rs.getDate(first).toLocalDate(), rs.getDate(first + 1).toLocalDate(), rs.getString(first + 2),
                rs.getString(first + 3));
    }

    private static Expert withPenalties(Expert e, List<Penalty> penalties) {
        return Expert.restore(e.id(), e.name(), e.idNumber(), e.phone(), e.profile(), penalties, e.registeredAt(),
                e.rowVersion());
    }

    private Expert restore(ResultSet rs, List<Penalty> penalties) throws SQLException {
        Set<String> specialties = Set.copyOf(jdbc.sql("SELECT specialty FROM expert_specialty WHERE expert_id = :id")
                .param("id", rs.getString("id")).query(String.class).list());
        ExpertProfile profile = new ExpertProfile(specialties, rs.getString("region"),
                ExpertLevel.valueOf(rs.getString("level")), rs.getString("employer"), split(rs.getString("shareholdings")),
                split(rs.getString("relatives_of")), department(rs.getString("staff_region"),
                        rs.getString("staff_department")));
        String phone = rs.getString("phone_enc");
        return Expert.restore(ExpertId.of(rs.getString("id")), PersonName.of(cipher.decrypt(rs.getString("name_enc"))),
                IdCardNumber.of(cipher.decrypt(rs.getString("id_number_enc"))),
                phone == null ? null : PhoneNumber.of(cipher.decrypt(phone)), profile, penalties,
                rs.getTimestamp("registered_at").toInstant(), rs.getLong("row_version"));
    }

    private static Set<String> split(String joined) {
        return joined == null || joined.isEmpty() ? Set.of()
                : Arrays.stream(joined.split(",")).collect(Collectors.toUnmodifiableSet());
    }

    private static Department department(String region, String name) {
        return region == null || name == null ? null : new Department(RegionCode.of(region), name);
    }
}
