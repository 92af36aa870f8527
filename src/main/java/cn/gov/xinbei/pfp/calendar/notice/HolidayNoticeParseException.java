package cn.gov.xinbei.pfp.calendar.notice;

/**
 * The pasted notice cannot be turned into a holiday year. Carries the 1-based line of the pasted text and a
 * Chinese reason for the administrator; nothing of the text is taken over when this is thrown.
 */
public class HolidayNoticeParseException extends RuntimeException {

    private final int line;
    private final String reason;

    public HolidayNoticeParseException(int line, String reason) {
        this(line, reason, null);
    }

    public HolidayNoticeParseException(int line, String reason, Throwable cause) {
        super("第" + line + "行：" + reason, cause);
        this.line = line;
        this.reason = reason;
    }

    /** 1-based line of the pasted text the problem was found on. */
    public int line() {
        return line;
    }

    /** What is wrong, in Chinese, without the line number. */
    public String reason() {
        return reason;
    }
}
