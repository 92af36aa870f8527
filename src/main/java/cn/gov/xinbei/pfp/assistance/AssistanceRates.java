package cn.gov.xinbei.pfp.assistance;

import cn.gov.xinbei.pfp.assistance.domain.AssistanceScheme;
import cn.gov.xinbei.pfp.assistance.domain.AssistanceSubType;
import cn.gov.xinbei.pfp.assistance.domain.Rate;
import cn.gov.xinbei.pfp.assistance.domain.RateNotConfiguredException;
import cn.gov.xinbei.pfp.assistance.domain.RateTable;
import cn.gov.xinbei.pfp.assistance.domain.RateUnit;
import cn.gov.xinbei.pfp.assistance.domain.SourceMarker;
import cn.gov.xinbei.pfp.configuration.FigureCatalog;
import cn.gov.xinbei.pfp.configuration.FigureStore;
import cn.gov.xinbei.pfp.shared.configuration.FigureKind;
import cn.gov.xinbei.pfp.shared.configuration.MissingFigure;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The amounts of the support schemes as the application uses them: an amount the bureau's administrators entered on
 * the desk (configuration_figure, marker BUREAU) for a scheme, sub-type and year, else the shipped table of
 * {@code config/assistance/rates.yml}. A year with neither is a configuration gap ({@link RateNotConfiguredException}).
 * Also the catalog of these figures for the desk's entry form.
 */
@Component
public class AssistanceRates implements FigureCatalog {

    private final RateTable table;
    private final FigureStore store;

    public AssistanceRates(RateTable table, FigureStore store) {
        this.table = table;
        this.store = store;
    }

    /**
     * @throws RateNotConfiguredException if neither the database nor the YAML has the amount (a configuration gap)
     * @throws IllegalArgumentException   if the sub-type is missing or not the scheme's
     */
    public Rate rateFor(AssistanceScheme scheme, AssistanceSubType subType, int year) {
        AssistanceSubType effective = scheme.hasSubTypes() ? subType : null;
        if (scheme.hasSubTypes() && subType == null) {
            return table.rateFor(scheme, null, year); // the table names the missing sub-type
        }
        Optional<FigureStore.StoredFigure> entered = store.find(FigureKind.ASSISTANCE_RATE,
                RateNotConfiguredException.key(scheme, effective), year, "");
        if (entered.isPresent()) {
            FigureStore.StoredFigure f = entered.get();
            return new Rate(scheme, effective, year, year, f.amount(), unitOf(scheme, effective), SourceMarker.BUREAU,
                    f.source());
        }
        return table.rateFor(scheme, effective, year);
    }

    /** The missing figure of this scheme and year, if any; throws nothing (see ConfigurationGapWait). */
    public Optional<MissingFigure> missing(AssistanceScheme scheme, AssistanceSubType subType, int year) {
        try {
            rateFor(scheme, subType, year);
            return Optional.empty();
        } catch (RateNotConfiguredException e) {
            return Optional.of(e.figure());
        }
    }

    RateUnit unitOf(AssistanceScheme scheme, AssistanceSubType subType) {
        return table.unitOf(scheme, subType).orElse(scheme.oneOff() ? RateUnit.ONE_OFF_PER_PERSON
                : RateUnit.PER_PERSON_PER_YEAR);
    }

    // ------------------------------------------------------------------ FigureCatalog

    @Override
    public FigureKind kind() {
        return FigureKind.ASSISTANCE_RATE;
    }

    @Override
    public List<Choice> keys() {
        List<Choice> keys = new ArrayList<>();
        for (AssistanceScheme scheme : AssistanceScheme.values()) {
            if (scheme.hasSubTypes()) {
                for (AssistanceSubType subType : scheme.subTypes()) {
                    keys.add(new Choice(RateNotConfiguredException.key(scheme, subType),
                            scheme.chineseName() + "（" + subType.label() + "）"));
                }
            } else {
                keys.add(new Choice(RateNotConfiguredException.key(scheme, null), scheme.chineseName()));
            }
        }
        return keys;
    }

    @Override
    public boolean needsArea(String key) {
        return false;
    }

    @Override
    public List<Choice> areas(String key) {
        return List.of();
    }

    @Override
    public String unitLabel(String key) {
        SchemeKey k = parse(key);
        return unitOf(k.scheme(), k.subType()).label();
    }

    @Override
    public String rangeName(String key) {
        SchemeKey k = parse(key);
        return switch (unitOf(k.scheme(), k.subType())) {
            case PER_PERSON_PER_YEAR -> "assistance-rate-per-year";
            case PER_PERSON_PER_MONTH -> "assistance-rate-per-month";
            case ONE_OFF_PER_PERSON -> "assistance-rate-one-off";
        };
    }

    @Override
    public MissingFigure describe(String key, int year, String area) {
        SchemeKey k = parse(key);
        return RateNotConfiguredException.figure(k.scheme(), k.subType(), year);
    }

    private record SchemeKey(AssistanceScheme scheme, AssistanceSubType subType) {
    }

    private static SchemeKey parse(String key) {
        String[] parts = key.split("/", 2);
        AssistanceScheme scheme = AssistanceScheme.valueOf(parts[0]);
        AssistanceSubType subType = parts.length > 1 ? AssistanceSubType.valueOf(parts[1]) : null;
        if (scheme.hasSubTypes() != (subType != null) || (subType != null && !scheme.subTypes().contains(subType))) {
            throw new IllegalArgumentException("not a rate key: " + key);
        }
        return new SchemeKey(scheme, subType);
    }
}
