package org.example.gov.trading.inspection;

import java.util.HexFormat;
import java.util.List;

/**
 * What a draw recorded, enough to audit and replay it ({@link InspectionDraw#replay}): the eligible projects and the
 * active inspectors in canonical order with their SM3 hashes, how many projects and inspectors per project, the seed
 * (hex), and per drawn project, in draw order, the inspectors recused and those drawn.
 */
public record InspectionDrawRecord(List<String> projects, String projectsHash, List<String> inspectors,
        String inspectorsHash, int sample, int perProject, String seed, List<Pick> picks) {

    public InspectionDrawRecord {
        projects = List.copyOf(projects);
        inspectors = List.copyOf(inspectors);
        picks = List.copyOf(picks);
    }

    /** One drawn project: who was recused from it and who was drawn for it (accounts, in draw order). */
    public record Pick(String projectId, List<Recusal> recusals, List<String> inspectors) {

        public Pick {
            recusals = List.copyOf(recusals);
            inspectors = List.copyOf(inspectors);
        }
    }

    public byte[] seedBytes() {
        return HexFormat.of().parseHex(seed);
    }
}
