package cn.gov.xinbei.pfp.targets;

import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.Town;
import cn.gov.xinbei.pfp.targets.domain.Evaluation;
import cn.gov.xinbei.pfp.targets.domain.Indicator;
import cn.gov.xinbei.pfp.targets.domain.Measurement;
import cn.gov.xinbei.pfp.targets.domain.ReportPeriod;
import cn.gov.xinbei.pfp.targets.domain.Target;
import cn.gov.xinbei.pfp.targets.domain.TargetEvaluator;
import cn.gov.xinbei.pfp.targets.domain.TargetStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The towns' targets with the computed indicators for a town or the district and a period: the rows of the desk page,
 * the JSON API and the year-end workbook.
 */
@Service
@Transactional(readOnly = true)
public class TargetReports {

    /** The key of the row whose figure the chart compares per town (出生政策符合率). */
    public static final String COMPLIANCE_KEY = "birth-policy-compliance";
    /** The key of the row that states the sex-ratio band (annex 2: 103—107). */
    public static final String SEX_RATIO_KEY = "sex-ratio-band";
    static final String DISTRICT = "district";
    /** The drill-down of 流动人口管理服务率 ({@link MigrantServiceDeskController}). */
    static final String MIGRANT_SERVICE_PATH = "/desk/migrants/services";

    private final TargetCatalog catalog;
    private final IndicatorQueries queries;
    private final Organization organization;
    private final TargetEvaluator evaluator;

    public TargetReports(TargetCatalog catalog, IndicatorQueries queries, Organization organization,
                         TargetsProperties properties) {
        this.catalog = catalog;
        this.queries = queries;
        this.organization = organization;
        this.evaluator = new TargetEvaluator(properties.sexRatioMinimumBirths());
    }

    /** A link to the rows behind a figure. */
    public record Link(String label, String href) {
    }

    /** One target with its computed figure (or 人工考核). */
    public record Row(String key, String name, int annex, String annexName, String kind, String kindLabel,
                      String target, String indicator, String indicatorLabel, Long numerator, Long denominator,
                      Long pending, BigDecimal value, String unit, String status, String statusLabel, String formula,
                      String note, List<Link> links) {
    }

    /** The chart's figures of one town. */
    public record TownFigures(String town, String townName, BigDecimal compliance, BigDecimal complianceTarget,
                              String complianceStatus, BigDecimal sexRatio, long births, String sexRatioStatus) {
    }

    /**
     * @param town      the town's slug, or null for the district
     * @param townName  the town's (or the district's) name
     * @param towns     the chart's figures per town in the report's scope
     */
    public record Report(int year, String town, String townName, LocalDate from, LocalDate to, String source,
                         List<Row> rows, List<TownFigures> towns, BigDecimal sexRatioLow, BigDecimal sexRatioHigh,
                         Map<TargetStatus, Long> statusCounts) {
    }

    public Report report(ReportPeriod period, String town, List<Town> chartTowns) {
        List<Row> rows = rows(period, town);
        List<TownFigures> figures = new ArrayList<>();
        for (Town t : chartTowns) {
            figures.add(townFigures(period, t));
        }
        Target band = catalog.target(period.year(), town, SEX_RATIO_KEY).orElse(null);
        Map<TargetStatus, Long> counts = new EnumMap<>(TargetStatus.class);
        for (TargetStatus s : TargetStatus.values()) {
            counts.put(s, rows.stream().filter(r -> r.status().equals(s.name())).count());
        }
        return new Report(period.year(), town, unitName(town), period.from(), period.to(), catalog.source(period.year()),
                rows, figures, band == null ? null : band.bandLow(), band == null ? null : band.bandHigh(), counts);
    }

    public String unitName(String town) {
        return town == null ? organization.districtName()
                : organization.townBySlug(town).map(Town::name).orElse(town);
    }

    public List<Row> rows(ReportPeriod period, String town) {
        Map<Indicator, Measurement> measured = new EnumMap<>(Indicator.class);
        List<Row> rows = new ArrayList<>();
        for (Target target : catalog.targets(period.year(), town)) {
            Evaluation evaluation;
            if (target.computed()) {
                Measurement m = measured.computeIfAbsent(target.indicator(), i -> queries.measure(i, town, period));
                evaluation = evaluator.evaluate(target, m);
            } else {
                evaluation = evaluator.manual(target);
            }
            rows.add(row(evaluation, town, period));
        }
        return rows;
    }

    private TownFigures townFigures(ReportPeriod period, Town town) {
        Evaluation compliance = catalog.target(period.year(), town.slug(), COMPLIANCE_KEY)
                .map(t -> evaluator.evaluate(t, queries.measure(Indicator.BIRTH_POLICY_COMPLIANCE, town.slug(), period)))
                .orElse(null);
        Evaluation ratio = catalog.target(period.year(), town.slug(), SEX_RATIO_KEY)
                .map(t -> evaluator.evaluate(t, queries.measure(Indicator.SEX_RATIO, town.slug(), period)))
                .orElse(null);
        return new TownFigures(town.slug(), town.name(),
                compliance == null ? null : compliance.value(),
                compliance == null ? null : compliance.target().minimum(),
                compliance == null ? null : compliance.status().label(),
                ratio == null ? null : ratio.value(),
                ratio == null || ratio.measurement() == null ? 0
                        : ratio.measurement().numerator() + ratio.measurement().denominator(),
                ratio == null ? null : ratio.status().label());
    }

    private Row row(Evaluation e, String town, ReportPeriod period) {
        Target t = e.target();
        Measurement m = e.measurement();
        Indicator indicator = t.indicator();
        String unit = indicator == null ? null : indicator.unit() == Indicator.Unit.PERCENT ? "%" : "";
        return new Row(t.key(), t.name(), t.annex(), t.annex() == 1 ? "附件1 政府考核指标" : "附件2 条线考核指标",
                t.kind().name(), t.kind().label(), t.shown(),
                indicator == null ? null : indicator.name(), indicator == null ? null : indicator.label(),
                m == null ? null : m.numerator(), m == null ? null : m.denominator(),
                m == null || indicator != Indicator.BIRTH_POLICY_COMPLIANCE ? null : m.pending(),
                e.value(), unit, e.status().name(), e.status().label(), t.formula(), e.note(),
                indicator == null ? List.of() : links(indicator, town, period));
    }

    /** Where the rows behind a figure are listed (pages of the desk and the project's API). */
    List<Link> links(Indicator indicator, String town, ReportPeriod period) {
        return switch (indicator) {
            case BIRTH_POLICY_COMPLIANCE -> List.of(
                    new Link("符合政策", births(town, period, "COMPLIANT")),
                    new Link("不符合政策", births(town, period, "NONCOMPLIANT")),
                    new Link("待核实", births(town, period, "PENDING")));
            case SEX_RATIO -> List.of(new Link("出生名单", births(town, period, null)));
            case ASSISTANCE_ACCURACY -> List.of(new Link("申报和变更", url("/desk/assistance/declarations", town, period)
                    .toUriString()));
            case ASSISTANCE_PAYOUT -> List.of(new Link("应发扶助金", url("/desk/assistance/payouts", town, period)
                    .toUriString()));
            case INFORMATION_TIMELINESS -> List.of(new Link("部门月报", url("/desk/department-data", town, period)
                    .toUriString()));
            // 行政执法责任制落实率 counts a town's own steps (the responsible unit), the district every step.
            case ENFORCEMENT_TIMELINESS -> List.of(new Link("办结环节", url("/desk/deadlines", null, period)
                    .queryParam("ended", "true").queryParamIfPresent("unit", java.util.Optional.ofNullable(town))
                    .toUriString()));
            // 及时公示率 counts the posting steps of the town's cases.
            case POSTING_TIMELINESS -> List.of(new Link("公示环节", url("/desk/deadlines", town, period)
                    .queryParam("ended", "true").queryParam("step", "posting").toUriString()));
            // 流动人口管理服务率 counts the town of residence's registrations of migrants.
            case MIGRANT_SERVICE -> List.of(new Link("流入登记", url(MIGRANT_SERVICE_PATH, town, period)
                    .toUriString()));
        };
    }

    private static String births(String town, ReportPeriod period, String status) {
        UriComponentsBuilder b = url("/desk/births", town, period);
        if (status != null) {
            b.queryParam("status", status);
        }
        return b.toUriString();
    }

    private static UriComponentsBuilder url(String path, String town, ReportPeriod period) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        if (town != null) {
            b.queryParam("town", town);
        }
        if (period != null) {
            b.queryParam("from", period.from()).queryParam("to", period.to());
        }
        return b;
    }
}
