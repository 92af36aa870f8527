package cn.gov.xinbei.pfp.maintenancefee.domain;

import cn.gov.xinbei.pfp.shared.configuration.ConfigurationGapException;
import cn.gov.xinbei.pfp.shared.configuration.FigureKind;
import cn.gov.xinbei.pfp.shared.configuration.MissingFigure;

/**
 * The base figure a calculation needs is not configured. Never replaced by zero or a neighbouring figure: the fee
 * cannot be decided until the bureau enters the published figure (config/maintenance-fee/income-base.yml).
 */
public class MissingIncomeBaseException extends ConfigurationGapException {

    private final int year;
    private final IncomeArea area;
    private final IncomeBaseKind kind;

    public MissingIncomeBaseException(int year, IncomeArea area, IncomeBaseKind kind) {
        super(figure(year, area, kind), "未配置" + year + "年" + area.name() + kind.label() + "，无法计算");
        this.year = year;
        this.area = area;
        this.kind = kind;
    }

    /** The missing figure: key is the kind's name, area the division code. */
    public static MissingFigure figure(int year, IncomeArea area, IncomeBaseKind kind) {
        return new MissingFigure(FigureKind.INCOME_BASE, kind.name(), year, area.code(),
                year + "年" + area.name() + kind.label());
    }

    public int year() {
        return year;
    }

    public IncomeArea area() {
        return area;
    }

    public IncomeBaseKind kind() {
        return kind;
    }
}
