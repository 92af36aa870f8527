package cn.gov.xinbei.pfp.assistance.domain;

/** No amount is configured for a scheme, sub-type and year. The message (Chinese) tells the clerk what is missing. */
public class RateNotConfiguredException extends RuntimeException {

    public RateNotConfiguredException(String message) {
        super(message);
    }
}
