package cn.gov.xinbei.pfp.configuration;

import cn.gov.xinbei.pfp.audit.AdministrationAudit;
import cn.gov.xinbei.pfp.organization.UserScope;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.shared.configuration.FigureKind;
import cn.gov.xinbei.pfp.shared.configuration.MissingFigure;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.FormValues;
import cn.gov.xinbei.pfp.shared.validation.Violations;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The administrators enter a bureau-owned figure: checked (a source, a year in range, a known key and area, an
 * amount that is positive, with at most two decimals and within the kind's plausible range), stored in
 * configuration_figure (overriding or adding to the YAML default), written to the administration log, and the
 * cases waiting for it go on. A refused entry writes nothing.
 */
@Service
@Transactional
public class ConfigurationFigureService {

    static final int MIN_SOURCE_LENGTH = 4;
    static final int MAX_SOURCE_LENGTH = 500;

    /** What the form or the API sends; every field as typed. */
    public record Entry(String kind, String key, String year, String area, String amount, String source) {
    }

    /** What was stored and which cases go on. */
    public record Entered(MissingFigure figure, BigDecimal amount, String unit, BigDecimal previous,
                          List<String> resumedCases) {
    }

    private final Map<FigureKind, FigureCatalog> catalogs = new LinkedHashMap<>();
    private final FigureStore store;
    private final ConfigurationGaps gaps;
    private final AdministrationAudit audit;
    private final ConfigurationFigureProperties properties;
    private final EngineClock clock;

    public ConfigurationFigureService(List<FigureCatalog> catalogs, FigureStore store, ConfigurationGaps gaps,
                                      AdministrationAudit audit, ConfigurationFigureProperties properties,
                                      EngineClock clock) {
        catalogs.forEach(c -> this.catalogs.put(c.kind(), c));
        this.store = store;
        this.gaps = gaps;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    public Map<FigureKind, FigureCatalog> catalogs() {
        return catalogs;
    }

    public Optional<FigureCatalog> catalog(String kind) {
        try {
            return Optional.ofNullable(kind == null ? null : catalogs.get(FigureKind.valueOf(kind.strip())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The years a figure may be entered for: {@code min-year} to next year. */
    public int minYear() {
        return properties.minYear();
    }

    public int maxYear() {
        return clock.today().getYear() + 1;
    }

    public ConfigurationFigureProperties.Range range(FigureCatalog catalog, String key) {
        return properties.range(catalog.rangeName(key));
    }

    /** @throws cn.gov.xinbei.pfp.shared.validation.InvalidInputException (Chinese, per field) when refused */
    @PreAuthorize(UserScope.ADMINISTRATOR)
    public Entered enter(CurrentUser user, Entry entry) {
        Violations violations = new Violations();
        FigureCatalog catalog = catalog(entry.kind()).orElse(null);
        if (catalog == null) {
            violations.add("kind", "请选择数据类别（扶助标准或社会抚养费征收基数）");
        }
        String key = FormValues.blankToNull(entry.key());
        if (catalog != null && (key == null || catalog.keys().stream().noneMatch(c -> c.value().equals(key)))) {
            violations.add("key", "请选择要补录的数据项");
        }
        Integer year = year(entry.year(), violations);
        String area = FormValues.blankToNull(entry.area());
        boolean keyKnown = catalog != null && violations.list().stream().noneMatch(v -> v.field().equals("key"));
        if (keyKnown && catalog.needsArea(key)) {
            if (area == null || catalog.areas(key).stream().noneMatch(c -> c.value().equals(area))) {
                violations.add("area", "请选择该数据所属的地区（镇、街道或市）");
            }
        }
        BigDecimal amount = amount(entry.amount(), keyKnown ? range(catalog, key) : null,
                keyKnown ? catalog.unitLabel(key) : "元", violations);
        String source = FormValues.blankToNull(entry.source());
        if (source == null || source.length() < MIN_SOURCE_LENGTH) {
            violations.add("source", "请填写数据来源（文件或通知的名称、文号，至少" + MIN_SOURCE_LENGTH + "个字）");
        } else if (source.length() > MAX_SOURCE_LENGTH) {
            violations.add("source", "数据来源不能超过" + MAX_SOURCE_LENGTH + "个字");
        }
        violations.throwIfAny();

        String storedArea = catalog.needsArea(key) ? area : "";
        MissingFigure figure = catalog.describe(key, year, storedArea);
        Optional<FigureStore.StoredFigure> before = store.find(figure.kind(), key, year, storedArea);
        store.save(figure.kind(), key, year, storedArea, amount, source, user.id(), clock.now());
        Map<String, String[]> changes = new LinkedHashMap<>();
        changes.put("数据项", new String[] {null, figure.description()});
        changes.put("金额", new String[] {before.map(b -> b.amount().toPlainString()).orElse(null),
                amount.toPlainString() + catalog.unitLabel(key)});
        changes.put("来源", new String[] {before.map(FigureStore.StoredFigure::source).orElse(null), source});
        audit.log(user.id(), user.groups(), AdministrationAudit.CONFIGURATION_FIGURE,
                before.isPresent() ? UserOperationLogEntry.OPERATION_TYPE_UPDATE : UserOperationLogEntry.OPERATION_TYPE_CREATE,
                changes);
        List<String> resumed = gaps.release(figure, user.id(), amount.toPlainString() + catalog.unitLabel(key)
                + "，来源：" + source);
        return new Entered(figure, amount, catalog.unitLabel(key), before.map(FigureStore.StoredFigure::amount).orElse(null),
                resumed);
    }

    private Integer year(String text, Violations violations) {
        String value = FormValues.blankToNull(text);
        if (value == null || !value.matches("\\d{4}")) {
            violations.add("year", "年度应为4位数字年份，如2013");
            return null;
        }
        int year = Integer.parseInt(value);
        if (year < minYear() || year > maxYear()) {
            violations.add("year", "年度应在" + minYear() + "至" + maxYear() + "年之间");
            return null;
        }
        return year;
    }

    private static BigDecimal amount(String text, ConfigurationFigureProperties.Range range, String unit,
                                     Violations violations) {
        String value = FormValues.blankToNull(text);
        if (value == null) {
            violations.add("amount", "请填写金额（元）");
            return null;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(value.replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            violations.add("amount", "金额应为数字，如960或29829.50");
            return null;
        }
        if (amount.signum() < 0) {
            violations.add("amount", "金额不能为负数");
        } else if (amount.signum() == 0) {
            violations.add("amount", "金额须大于零（未确定的数据请不要填0）");
        } else if (amount.stripTrailingZeros().scale() > 2) {
            violations.add("amount", "金额最多两位小数");
        } else if (range != null && !range.contains(amount)) {
            violations.add("amount", "金额" + amount.toPlainString() + unit + "不在该类数据的合理范围（"
                    + range.min().toPlainString() + "—" + range.max().toPlainString() + "）内，请核对；"
                    + "范围见 config/configuration-figures.yml");
        } else {
            return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
        }
        return null;
    }
}
