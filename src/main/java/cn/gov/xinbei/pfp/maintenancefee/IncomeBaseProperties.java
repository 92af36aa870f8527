package cn.gov.xinbei.pfp.maintenancefee;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;
import java.util.List;

/**
 * The raw base figures as written in {@code config/maintenance-fee/income-base.yml}. {@link IncomeBaseTableLoader}
 * checks them and builds the domain table; nothing else should read these.
 */
@ConfigurationProperties(prefix = "app.maintenance-fee.income-base")
public record IncomeBaseProperties(List<Area> areas, List<Figure> figures) {

    public IncomeBaseProperties {
        areas = areas == null ? List.of() : areas;
        figures = figures == null ? List.of() : figures;
    }

    /** An area: {@code level} is CITY, COUNTY, DISTRICT or TOWNSHIP; {@code parent} the code of the area above. */
    public record Area(String code, String name, String level, String parent) {
    }

    /** A figure: {@code kind} is URBAN_DISPOSABLE_INCOME or RURAL_NET_INCOME; {@code marker} V, V-seed, S or I. */
    public record Figure(Integer year, String area, String kind, BigDecimal amount, String source, String marker) {
    }
}
