package cn.gov.xinbei.pfp.assistance.domain;

import cn.gov.xinbei.pfp.shared.configuration.ConfigurationGapException;
import cn.gov.xinbei.pfp.shared.configuration.FigureKind;
import cn.gov.xinbei.pfp.shared.configuration.MissingFigure;

/**
 * No amount is configured for a scheme, sub-type and year: a configuration gap (the bureau must enter the amount),
 * not an input error. The message (Chinese) names what is missing.
 */
public class RateNotConfiguredException extends ConfigurationGapException {

    public RateNotConfiguredException(AssistanceScheme scheme, AssistanceSubType subType, int year, String message) {
        super(figure(scheme, subType, year), message);
    }

    /** The missing figure of a scheme (and sub-type) in a year; its key is {@link #key(AssistanceScheme, AssistanceSubType)}. */
    public static MissingFigure figure(AssistanceScheme scheme, AssistanceSubType subType, int year) {
        return new MissingFigure(FigureKind.ASSISTANCE_RATE, key(scheme, subType), year, "",
                Rate.describe(scheme, subType) + year + "年度的扶助标准");
    }

    /** {@code RURAL_AWARD}, or {@code SPECIAL_SUPPORT/DEATH} for a scheme with sub-types. */
    public static String key(AssistanceScheme scheme, AssistanceSubType subType) {
        return scheme.name() + (subType == null ? "" : "/" + subType.name());
    }
}
