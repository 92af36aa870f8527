package cn.gov.xinbei.pfp.maintenancefee;

import cn.gov.xinbei.pfp.maintenancefee.domain.AreaLevel;
import cn.gov.xinbei.pfp.maintenancefee.domain.IncomeArea;
import cn.gov.xinbei.pfp.maintenancefee.domain.IncomeBaseKind;
import cn.gov.xinbei.pfp.maintenancefee.domain.IncomeBaseTable;
import cn.gov.xinbei.pfp.maintenancefee.domain.IncomeFigure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds the {@link IncomeBaseTable} from {@link IncomeBaseProperties}. Anything wrong — an unknown level or kind,
 * a missing year, amount or source, a figure for an unknown area, a figure given twice — stops start-up with the
 * file named, because a wrong base misstates every fee decided on it.
 */
public class IncomeBaseTableLoader {

    private static final Logger log = LoggerFactory.getLogger(IncomeBaseTableLoader.class);

    /** Where the figures live unless overridden (the file imported by config/application.yml). */
    public static final String DEFAULT_FILE = "config/maintenance-fee/income-base.yml";

    /**
     * @param source the file the properties came from, named in every error
     */
    public IncomeBaseTable load(IncomeBaseProperties properties, String source) {
        if (properties.areas().isEmpty()) {
            throw new MaintenanceFeeConfigurationException("income base file " + source
                    + " is wrong: app.maintenance-fee.income-base.areas is empty");
        }
        List<IncomeArea> areas = new ArrayList<>();
        List<IncomeFigure> figures = new ArrayList<>();
        try {
            for (int i = 0; i < properties.areas().size(); i++) {
                areas.add(toArea(properties.areas().get(i), "areas[" + i + "]"));
            }
            for (int i = 0; i < properties.figures().size(); i++) {
                figures.add(toFigure(properties.figures().get(i), "figures[" + i + "]"));
            }
            IncomeBaseTable table = new IncomeBaseTable(areas, figures);
            log.info("Income base table loaded from {}: {} areas, {} figures", source, areas.size(), table.size());
            return table;
        } catch (IllegalArgumentException | NullPointerException e) {
            // The domain rejects broken invariants (IAE) and missing values (NPE from requireNonNull).
            throw new MaintenanceFeeConfigurationException("income base file " + source + " is wrong: " + e.getMessage(), e);
        }
    }

    private static IncomeArea toArea(IncomeBaseProperties.Area a, String where) {
        if (a == null) {
            throw new IllegalArgumentException(where + " is empty");
        }
        return new IncomeArea(a.code(), a.name(), parse(AreaLevel.class, a.level(), where + ".level"), a.parent());
    }

    private static IncomeFigure toFigure(IncomeBaseProperties.Figure f, String where) {
        if (f == null) {
            throw new IllegalArgumentException(where + " is empty");
        }
        if (f.year() == null) {
            throw new IllegalArgumentException(where + ": 'year' is missing");
        }
        if (f.amount() == null) {
            throw new IllegalArgumentException(where + " (" + f.year() + "/" + f.area() + "): 'amount' is missing");
        }
        return new IncomeFigure(f.year(), f.area(), parse(IncomeBaseKind.class, f.kind(), where + ".kind"), f.amount(),
                f.source(), f.marker());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String where) {
        if (value == null) {
            throw new IllegalArgumentException(where + " is missing");
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": '" + value + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()), e);
        }
    }
}
