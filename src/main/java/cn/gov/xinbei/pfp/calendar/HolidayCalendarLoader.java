package cn.gov.xinbei.pfp.calendar;

import cn.gov.xinbei.pfp.calendar.domain.AdjustedWorkingDay;
import cn.gov.xinbei.pfp.calendar.domain.Holiday;
import cn.gov.xinbei.pfp.calendar.domain.HolidayYear;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the per-year holiday files (one YAML file per year) for the working-day calendar.
 * Anything wrong — unreadable YAML, an unknown key, a date outside its year, two files for one year —
 * stops start-up with the file's name, because a wrong calendar silently moves every legal deadline.
 */
public class HolidayCalendarLoader {

    private static final Logger log = LoggerFactory.getLogger(HolidayCalendarLoader.class);

    /** A file named like {@code 2012.yml} must hold the year 2012; other names are not checked. */
    private static final Pattern YEAR_FILE_NAME = Pattern.compile("(\\d{4})\\.ya?ml");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final ResourcePatternResolver resolver;

    public HolidayCalendarLoader(ResourcePatternResolver resolver) {
        this.resolver = resolver;
    }

    /** The published years of the files at these locations. */
    public List<HolidayYear> load(List<String> locations) {
        if (locations.isEmpty()) {
            throw new CalendarConfigurationException("app.calendar.locations is empty: no holiday files to read");
        }
        Map<Integer, String> fileOfYear = new HashMap<>();
        List<HolidayYear> years = new ArrayList<>();
        for (String location : locations) {
            for (Resource resource : resolve(location)) {
                HolidayYear year = read(resource);
                String previous = fileOfYear.putIfAbsent(year.year(), describe(resource));
                if (previous != null) {
                    throw new CalendarConfigurationException("two holiday files for " + year.year() + ": "
                            + previous + " and " + describe(resource));
                }
                years.add(year);
            }
        }
        if (years.isEmpty()) {
            throw new CalendarConfigurationException("no holiday files found at " + locations);
        }
        log.info("Holiday files read for the years {}", years.stream().map(HolidayYear::year).sorted().toList());
        return List.copyOf(years);
    }

    private Resource[] resolve(String location) {
        try {
            return resolver.getResources(location);
        } catch (IOException e) {
            throw new CalendarConfigurationException("cannot list holiday files at " + location + ": " + e.getMessage(), e);
        }
    }

    HolidayYear read(Resource resource) {
        String file = describe(resource);
        YearFile parsed;
        try (InputStream in = resource.getInputStream()) {
            parsed = yaml.readValue(in, YearFile.class);
        } catch (IOException e) {
            throw new CalendarConfigurationException("holiday file " + file + " cannot be read: " + e.getMessage(), e);
        }
        if (parsed == null) {
            throw new CalendarConfigurationException("holiday file " + file + " is empty");
        }
        try {
            HolidayYear year = parsed.toDomain();
            checkFileName(resource, year.year());
            return year;
        } catch (IllegalArgumentException | NullPointerException e) {
            // The domain records reject broken invariants (IAE) and missing dates (NPE from requireNonNull).
            throw new CalendarConfigurationException("holiday file " + file + " is wrong: " + e.getMessage(), e);
        }
    }

    private static void checkFileName(Resource resource, int year) {
        String name = resource.getFilename();
        if (name == null) {
            return;
        }
        Matcher m = YEAR_FILE_NAME.matcher(name);
        if (m.matches() && Integer.parseInt(m.group(1)) != year) {
            throw new IllegalArgumentException("the file name says " + m.group(1) + " but it holds year " + year);
        }
    }

    private static String describe(Resource resource) {
        return resource.getDescription();
    }

    /** The YAML layout of one file; kept apart so the domain records stay free of Jackson. */
    record YearFile(Integer year, String source, List<HolidayEntry> holidays,
                    List<AdjustedEntry> adjustedWorkingDays) {

        HolidayYear toDomain() {
            if (year == null) {
                throw new IllegalArgumentException("'year' is missing");
            }
            if (holidays == null) {
                throw new IllegalArgumentException("'holidays' is missing");
            }
            if (holidays.contains(null) || (adjustedWorkingDays != null && adjustedWorkingDays.contains(null))) {
                throw new IllegalArgumentException("a list holds an empty entry");
            }
            List<AdjustedEntry> adjusted = adjustedWorkingDays == null ? List.of() : adjustedWorkingDays;
            return new HolidayYear(year,
                    holidays.stream().map(h -> new Holiday(h.name(), h.from(), h.to())).toList(),
                    adjusted.stream().map(a -> new AdjustedWorkingDay(a.date(), a.holiday())).toList(),
                    source);
        }
    }

    record HolidayEntry(String name, LocalDate from, LocalDate to) {
    }

    record AdjustedEntry(LocalDate date, String holiday) {
    }
}
