package org.example.gov.catalog.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * The official schedules bundled with the service (read-only): {@code classpath:calendar/<year>.json}, in the
 * holiday-cn format. A bundled file that is not a valid schedule (or whose name is not its year) stops the start-up:
 * shipping a wrong official calendar is worse than not starting.
 */
@Repository
public class BundledScheduleRepository {

    public static final String LOCATION = "classpath*:calendar/*.json";
    private static final Pattern FILE_NAME = Pattern.compile("(\\d{4})\\.json");

    private final JsonMapper json;

    public BundledScheduleRepository(JsonMapper json) {
        this.json = json;
    }

    /** Every bundled year, in year order. */
    public List<YearSchedule> findAll() {
        return read(json);
    }

    /** The same without Spring, for tests. */
    public static List<YearSchedule> read(JsonMapper json) {
        try {
            List<YearSchedule> schedules = new ArrayList<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                Matcher name = FILE_NAME.matcher(String.valueOf(resource.getFilename()));
                if (!name.matches()) {
                    continue;
                }
                YearSchedule schedule = parse(json, resource);
                if (schedule.year() != Integer.parseInt(name.group(1))) {
                    throw new IllegalStateException(resource + " holds the schedule of " + schedule.year());
                }
                if (schedules.stream().noneMatch(s -> s.year() == schedule.year())) {
                    schedules.add(schedule);
                }
            }
            schedules.sort(Comparator.comparingInt(YearSchedule::year));
            return schedules;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled holiday schedules " + LOCATION, e);
        }
    }

    private static YearSchedule parse(JsonMapper json, Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return json.readValue(in, HolidayScheduleDocument.class).toSchedule();
        } catch (InvalidScheduleException e) {
            throw new IllegalStateException("The bundled holiday schedule " + resource + " is invalid: " + e.getMessage(), e);
        }
    }
}
