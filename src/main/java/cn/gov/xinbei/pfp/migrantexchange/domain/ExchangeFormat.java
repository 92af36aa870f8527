package cn.gov.xinbei.pfp.migrantexchange.domain;

import java.util.List;

/**
 * The file in which Xinbei's towns and other places exchange notices on migrants: CSV, UTF-8 (a byte order mark is
 * written and accepted), comma-separated, one header line with the Chinese column names of {@link #HEADER} in any
 * order, one notice per line, cells with a comma, quote or line break in double quotes (RFC 4180). The same file is
 * exported and imported (an .xlsx with the same header is accepted on import). See README, "流动人口信息通报".
 */
public final class ExchangeFormat {

    public static final String NUMBER = "通报编号";
    public static final String SUBJECT = "通报事项";
    public static final String DATE = "通报日期";
    public static final String SENDER = "发出地";
    public static final String RECIPIENT = "接收地";
    public static final String NAME = "姓名";
    public static final String ID_NUMBER = "公民身份号码";
    public static final String CERTIFICATE_NUMBER = "婚育证明编号";
    public static final String CONTENT = "通报内容";
    public static final List<String> HEADER = List.of(NUMBER, SUBJECT, DATE, SENDER, RECIPIENT, NAME, ID_NUMBER,
            CERTIFICATE_NUMBER, CONTENT);
    /** Columns a received row may leave empty. */
    public static final List<String> OPTIONAL = List.of(RECIPIENT, CERTIFICATE_NUMBER);
    private static final char BOM = '\uFEFF';

    private ExchangeFormat() {
    }

    public static String csv(List<Notice> notices) {
        StringBuilder out = new StringBuilder().append(BOM);
        line(out, HEADER);
        notices.forEach(n -> line(out, n.cells()));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    /**
     * A cell as written: a text a spreadsheet would run as a formula (starting with = + - @) gets a leading
     * apostrophe; a comma, quote or line break puts it in quotes.
     */
    static String cell(String raw) {
        String value = !raw.isEmpty() && "=+-@".indexOf(raw.charAt(0)) >= 0 ? "'" + raw : raw;
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
