package org.example.gov.trading.inspection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.trading.expert.DrawRandom;

/**
 * The 双随机 draw (国发〔2015〕58号: 随机抽取检查对象，随机选派执法检查人员), by the expert draw's rules and generator
 * ({@link DrawRandom}): pure, so a test can run it thousands of times and an auditor can replay it.
 * <ol>
 * <li>The eligible projects and the active inspectors in canonical order (project id, account), each list hashed.</li>
 * <li>{@code sample} projects picked by a partial Fisher–Yates shuffle from the seed; fewer eligible than the sample:
 * 422 INSPECTION_TOO_FEW_PROJECTS, never a smaller sample.</li>
 * <li>For each picked project in draw order, every inspector with a {@link Inspector#recusal} is recused; from the
 * rest, in canonical order, {@code perProject} are picked by the same stream. Fewer than needed: 422
 * INSPECTOR_LIST_TOO_SMALL naming the project — the plan is not drawn at all.</li>
 * </ol>
 */
public final class InspectionDraw {

    private InspectionDraw() {
    }

    /** @param winnersOf the bidders awarded a lot of a project (asked only for the projects picked) */
    public static InspectionDrawRecord draw(List<InspectedProject> eligible, List<Inspector> inspectors, int sample,
            int perProject, byte[] seed, Function<InspectedProject, Set<String>> winnersOf) {
        List<InspectedProject> projects = eligible.stream().sorted(Comparator.comparing(InspectedProject::projectId))
                .toList();
        List<Inspector> listed = inspectors.stream().filter(Inspector::active)
                .sorted(Comparator.comparing(Inspector::account)).toList();
        if (sample < 1 || projects.size() < sample) {
            throw new BusinessRuleViolationException("INSPECTION_TOO_FEW_PROJECTS", "sampleCount",
                    "Only {0} projects are eligible for a sample of {1}: the plan cannot be drawn", projects.size(),
                    sample);
        }
        DrawRandom random = new DrawRandom(seed);
        List<InspectedProject> picked = random.pick(projects, sample);
        List<InspectionDrawRecord.Pick> picks = new ArrayList<>();
        for (InspectedProject p : picked) {
            Set<String> parties = p.parties(winnersOf.apply(p));
            List<Recusal> recusals = new ArrayList<>();
            List<String> free = new ArrayList<>();
            for (Inspector i : listed) {
                Optional<RecusalReason> reason = i.recusal(parties);
                if (reason.isPresent()) {
                    recusals.add(new Recusal(i.account(), reason.get()));
                } else {
                    free.add(i.account());
                }
            }
            if (free.size() < perProject) {
                throw new InspectorListTooSmallException(p.projectId(), free.size(), perProject, listed.size());
            }
            picks.add(new InspectionDrawRecord.Pick(p.projectId(), recusals, random.pick(free, perProject)));
        }
        List<String> projectIds = projects.stream().map(InspectedProject::projectId).toList();
        List<String> accounts = listed.stream().map(Inspector::account).toList();
        return new InspectionDrawRecord(projectIds, DrawRandom.listHash(projectIds), accounts,
                DrawRandom.listHash(accounts), sample, perProject, HexFormat.of().formatHex(seed), picks);
    }

    /**
     * The picks a recorded draw must have made, recomputed from the record alone: its project list shuffled by its seed,
     * and for each drawn project its inspector list minus the recorded recusals. Throws when a list does not match its
     * recorded hash.
     */
    public static List<InspectionDrawRecord.Pick> replay(InspectionDrawRecord r) {
        if (!DrawRandom.listHash(r.projects()).equals(r.projectsHash())
                || !DrawRandom.listHash(r.inspectors()).equals(r.inspectorsHash())) {
            throw new IllegalStateException("the lists of the draw do not match their recorded hashes");
        }
        DrawRandom random = new DrawRandom(r.seedBytes());
        List<InspectionDrawRecord.Pick> picks = new ArrayList<>();
        for (String projectId : random.pick(r.projects(), r.sample())) {
            List<Recusal> recusals = r.picks().stream().filter(p -> p.projectId().equals(projectId)).findFirst()
                    .map(InspectionDrawRecord.Pick::recusals).orElse(List.of());
            Set<String> recused = new HashSet<>();
            recusals.forEach(x -> recused.add(x.account()));
            List<String> free = r.inspectors().stream().filter(a -> !recused.contains(a)).toList();
            picks.add(new InspectionDrawRecord.Pick(projectId, recusals, random.pick(free, r.perProject())));
        }
        return picks;
    }
}
