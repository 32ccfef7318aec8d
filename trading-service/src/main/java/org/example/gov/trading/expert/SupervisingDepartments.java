package org.example.gov.trading.expert;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.example.gov.platform.scope.Department;
import org.example.gov.platform.scope.RegionCode;
import org.example.gov.trading.tender.Track;

/**
 * Which departments supervise a project (行政监督部门): per track, department names (e.g. construction: 住房和城乡建设局;
 * procurement: 财政局), taken at the project's region and every region above it — a district project is also
 * supervised by the city's and the province's department of that name. Their staff are never drawn.
 */
public record SupervisingDepartments(Map<Track, List<String>> names) {

    public static final SupervisingDepartments DEFAULT = new SupervisingDepartments(Map.of(
            Track.CONSTRUCTION, List.of("住房和城乡建设局", "住房和城乡建设厅", "发展和改革委员会"),
            Track.GOVERNMENT_PROCUREMENT, List.of("财政局", "财政厅")));

    public SupervisingDepartments {
        names = Map.copyOf(names);
    }

    public Set<Department> of(Track track, String projectRegion) {
        Set<Department> all = new HashSet<>();
        Optional<RegionCode> region = RegionCode.parse(projectRegion);
        while (region.isPresent()) {
            for (String name : names.getOrDefault(track, List.of())) {
                all.add(new Department(region.get(), name));
            }
            region = region.get().parent();
        }
        return all;
    }
}
