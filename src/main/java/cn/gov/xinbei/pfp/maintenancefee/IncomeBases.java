package cn.gov.xinbei.pfp.maintenancefee;

import cn.gov.xinbei.pfp.configuration.FigureCatalog;
import cn.gov.xinbei.pfp.configuration.FigureStore;
import cn.gov.xinbei.pfp.maintenancefee.domain.AreaLevel;
import cn.gov.xinbei.pfp.maintenancefee.domain.FeeCalculator;
import cn.gov.xinbei.pfp.maintenancefee.domain.IncomeArea;
import cn.gov.xinbei.pfp.maintenancefee.domain.IncomeBaseKind;
import cn.gov.xinbei.pfp.maintenancefee.domain.IncomeBaseTable;
import cn.gov.xinbei.pfp.maintenancefee.domain.IncomeFigure;
import cn.gov.xinbei.pfp.maintenancefee.domain.MissingIncomeBaseException;
import cn.gov.xinbei.pfp.shared.configuration.FigureKind;
import cn.gov.xinbei.pfp.shared.configuration.MissingFigure;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;

/**
 * The base figures as the fee calculation uses them: the shipped table of
 * {@code config/maintenance-fee/income-base.yml} with the figures the bureau's administrators entered on the desk
 * (configuration_figure, marker BUREAU) overriding or adding to it. A figure in neither is a configuration gap
 * ({@link MissingIncomeBaseException}). Also the catalog of these figures for the desk's entry form.
 */
@Component
public class IncomeBases implements FigureCatalog {

    private final IncomeBaseTable shipped;
    private final FigureStore store;
    private final MaintenanceFeeProperties properties;

    public IncomeBases(IncomeBaseTable shipped, FigureStore store, MaintenanceFeeProperties properties) {
        this.shipped = shipped;
        this.store = store;
        this.properties = properties;
    }

    /** The shipped table with the entered figures. */
    public IncomeBaseTable table() {
        List<IncomeFigure> entered = store.all(FigureKind.INCOME_BASE).stream()
                .filter(f -> shipped.area(f.area()).isPresent())
                .map(f -> new IncomeFigure(f.year(), f.area(), IncomeBaseKind.valueOf(f.key()), f.amount(), f.source(),
                        "BUREAU"))
                .toList();
        return shipped.withFigures(entered);
    }

    /** A calculator on {@link #table()}. */
    public FeeCalculator calculator() {
        return new FeeCalculator(table(), properties.roundingMode());
    }

    // ------------------------------------------------------------------ FigureCatalog

    @Override
    public FigureKind kind() {
        return FigureKind.INCOME_BASE;
    }

    @Override
    public List<Choice> keys() {
        return Arrays.stream(IncomeBaseKind.values()).map(k -> new Choice(k.name(), k.label())).toList();
    }

    @Override
    public boolean needsArea(String key) {
        return true;
    }

    /** Urban figures of a 设区的市 or 县（市）; rural figures of a township (the legal rural base). */
    @Override
    public List<Choice> areas(String key) {
        IncomeBaseKind kind = IncomeBaseKind.valueOf(key);
        return shipped.areas().stream()
                .filter(a -> kind == IncomeBaseKind.URBAN_DISPOSABLE_INCOME ? a.level().isUrbanBaseArea()
                        : a.level() == AreaLevel.TOWNSHIP)
                .map(a -> new Choice(a.code(), a.name()))
                .toList();
    }

    @Override
    public String unitLabel(String key) {
        return "元";
    }

    @Override
    public String rangeName(String key) {
        return IncomeBaseKind.valueOf(key) == IncomeBaseKind.URBAN_DISPOSABLE_INCOME ? "urban-disposable-income"
                : "rural-net-income";
    }

    @Override
    public MissingFigure describe(String key, int year, String area) {
        IncomeArea incomeArea = shipped.area(area).orElseThrow(() -> new IllegalArgumentException("unknown area " + area));
        return MissingIncomeBaseException.figure(year, incomeArea, IncomeBaseKind.valueOf(key));
    }
}
