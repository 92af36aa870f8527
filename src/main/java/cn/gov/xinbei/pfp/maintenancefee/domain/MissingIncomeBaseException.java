package cn.gov.xinbei.pfp.maintenancefee.domain;

/**
 * The base figure a calculation needs is not configured. Never replaced by zero or a neighbouring figure: the fee
 * cannot be decided until the bureau enters the published figure (config/maintenance-fee/income-base.yml).
 */
public class MissingIncomeBaseException extends RuntimeException {

    private final int year;
    private final IncomeArea area;
    private final IncomeBaseKind kind;

    public MissingIncomeBaseException(int year, IncomeArea area, IncomeBaseKind kind) {
        super("未配置" + year + "年" + area.name() + kind.label() + "，无法计算");
        this.year = year;
        this.area = area;
        this.kind = kind;
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
