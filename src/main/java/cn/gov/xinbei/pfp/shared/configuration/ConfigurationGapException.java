package cn.gov.xinbei.pfp.shared.configuration;

import java.util.Objects;

/**
 * A figure the bureau owns (a rate, a base figure, a year's targets) is not configured. This is a configuration gap,
 * never an input error: the clerk's input was right, the bureau's administrators must enter the figure. Where a case
 * needs it, the case waits for it (configuration.ConfigurationGaps) and goes on once it is entered; elsewhere the
 * answer is 409 {@code CONFIGURATION_GAP} with {@link #userMessage()}.
 */
public class ConfigurationGapException extends RuntimeException {

    /** Where the administrators enter figures (the desk page of configuration gaps). */
    public static final String ENTRY_PAGE = "/desk/configuration-gaps";

    private final MissingFigure figure;

    public ConfigurationGapException(MissingFigure figure, String message) {
        super(message);
        this.figure = Objects.requireNonNull(figure, "figure");
    }

    public ConfigurationGapException(MissingFigure figure) {
        this(figure, "未配置" + figure.description());
    }

    public MissingFigure figure() {
        return figure;
    }

    /** For the clerk: which figure, which year (and area), who must enter it, and that nothing was wrong with her input. */
    public String userMessage() {
        return userMessage(figure);
    }

    public static String userMessage(MissingFigure figure) {
        String where = figure.kind() == FigureKind.ANNUAL_TARGETS
                ? "督查台“录入年度考核目标”页面（/desk/targets/entry?year=" + figure.year() + "）"
                : "督查台“配置缺口”页面（" + ENTRY_PAGE + "）";
        return "缺少配置数据：尚未配置" + figure.description() + "。这不是输入错误，已填写、已办理的内容均已保存；"
                + "须由区人口计生局管理员在" + where + "补录该数据（注明文件依据），补录后即可继续办理。";
    }
}
