package cn.gov.xinbei.pfp.assistance;

import cn.gov.xinbei.pfp.assistance.domain.AssistanceScheme;
import cn.gov.xinbei.pfp.assistance.domain.AssistanceSubType;
import cn.gov.xinbei.pfp.assistance.domain.Rate;
import cn.gov.xinbei.pfp.assistance.domain.RateTable;
import cn.gov.xinbei.pfp.assistance.domain.RateUnit;
import cn.gov.xinbei.pfp.assistance.domain.SourceMarker;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rate table ({@code config/assistance/rates.yml}) into a {@link RateTable}. Anything wrong — unreadable
 * YAML, an unknown key or enum value, a missing field, a zero amount, overlapping years — stops start-up with the
 * file's name: a wrong amount would be paid to every beneficiary.
 */
public class RateTableLoader {

    private static final Logger log = LoggerFactory.getLogger(RateTableLoader.class);

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    public RateTable load(Resource resource) {
        String file = resource.getDescription();
        RatesFile parsed;
        try (InputStream in = resource.getInputStream()) {
            parsed = yaml.readValue(in, RatesFile.class);
        } catch (IOException e) {
            throw new AssistanceConfigurationException("rate file " + file + " cannot be read: " + e.getMessage(), e);
        }
        if (parsed == null || parsed.rates() == null || parsed.rates().isEmpty()) {
            throw new AssistanceConfigurationException("rate file " + file + " holds no rates");
        }
        List<Rate> rates = new ArrayList<>();
        for (int i = 0; i < parsed.rates().size(); i++) {
            RateEntry entry = parsed.rates().get(i);
            try {
                rates.add(toRate(entry));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new AssistanceConfigurationException("rate file " + file + ", entry " + (i + 1) + " is wrong: "
                        + e.getMessage(), e);
            }
        }
        try {
            RateTable table = new RateTable(rates);
            long provisional = table.rates().stream().filter(Rate::provisional).count();
            log.info("Assistance rate table loaded from {}: {} rates, {} of them provisional (to be set by the bureau)",
                    file, table.rates().size(), provisional);
            return table;
        } catch (IllegalArgumentException e) {
            throw new AssistanceConfigurationException("rate file " + file + " is wrong: " + e.getMessage(), e);
        }
    }

    private static Rate toRate(RateEntry entry) {
        if (entry == null) {
            throw new IllegalArgumentException("empty entry");
        }
        return new Rate(required(entry.scheme(), "scheme"), entry.subType(),
                required(entry.fromYear(), "fromYear"), required(entry.toYear(), "toYear"),
                required(entry.amount(), "amount"), required(entry.unit(), "unit"),
                required(entry.marker(), "marker"), entry.source());
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("'" + field + "' is missing");
        }
        return value;
    }

    /** The YAML layout; kept apart so the domain records stay free of Jackson. */
    record RatesFile(List<RateEntry> rates) {
    }

    record RateEntry(AssistanceScheme scheme, AssistanceSubType subType, Integer fromYear, Integer toYear,
                     BigDecimal amount, RateUnit unit, SourceMarker marker, String source) {
    }
}
