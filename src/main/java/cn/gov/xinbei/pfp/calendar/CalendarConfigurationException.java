package cn.gov.xinbei.pfp.calendar;

/** A holiday file is missing, unreadable or wrong. Fails start-up: no deadline can be trusted without it. */
public class CalendarConfigurationException extends RuntimeException {

    public CalendarConfigurationException(String message) {
        super(message);
    }

    public CalendarConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
