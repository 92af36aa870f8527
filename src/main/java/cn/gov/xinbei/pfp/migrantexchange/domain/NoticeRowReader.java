package cn.gov.xinbei.pfp.migrantexchange.domain;

import cn.gov.xinbei.pfp.departmentdata.domain.RawRow;
import cn.gov.xinbei.pfp.residentid.InvalidResidentIdException;
import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a received exchange file ({@link ExchangeFormat}) row by row: every problem with its line and column, in
 * Chinese; the caller writes nothing when there is one. Rows that are entirely blank are skipped.
 */
public final class NoticeRowReader {

    public record Problem(int lineNumber, String column, String message) {
        /** 第3行「公民身份号码」：… */
        public String text() {
            return "第" + lineNumber + "行" + (column == null ? "" : "「" + column + "」") + "：" + message;
        }
    }

    public record Result(List<Notice> notices, List<Problem> problems) {
    }

    static final int MAX_NUMBER = 40;
    static final int MIN_PLACE = 4;
    static final int MAX_PLACE = 100;
    static final int MIN_CONTENT = 2;
    static final int MAX_CONTENT = 500;
    private static final Pattern NOTICE_NUMBER = Pattern.compile("^[\\p{IsHan}A-Za-z0-9()（）〔〕\\[\\]/\\-]{1,40}$");
    private static final Pattern NAME = Pattern.compile("^[\\p{IsHan}·A-Za-z ]{2,30}$");
    private static final Pattern CERTIFICATE = Pattern.compile("^[\\p{IsHan}A-Za-z0-9()（）〔〕\\[\\]\\-]{2,40}$");
    /** A cell that a spreadsheet would run as a formula. */
    private static final Pattern FORMULA = Pattern.compile("^[=+\\-@].*");

    private NoticeRowReader() {
    }

    /** @param rows the file's rows, the header first */
    public static Result read(List<RawRow> rows, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            problems.add(new Problem(1, null, "文件没有表头行，表头应为：" + String.join(",", ExchangeFormat.HEADER)));
            return new Result(List.of(), problems);
        }
        RawRow header = rows.get(0);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i).strip().replace("\uFEFF", "");
            if (columns.putIfAbsent(name, i) != null) {
                problems.add(new Problem(header.lineNumber(), name, "表头中重复出现"));
            }
        }
        for (String column : ExchangeFormat.HEADER) {
            if (!columns.containsKey(column)) {
                problems.add(new Problem(header.lineNumber(), column, "表头缺少此列，表头应为："
                        + String.join(",", ExchangeFormat.HEADER)));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems);
        }
        List<Notice> notices = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (RawRow row : rows.subList(1, rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            Notice notice = new Row(row, columns, today, problems).read();
            if (notice != null && !keys.add(notice.sender() + "|" + notice.number())) {
                problems.add(new Problem(row.lineNumber(), ExchangeFormat.NUMBER, "同一发出地的通报编号" + notice.number()
                        + "在文件中重复出现"));
                continue;
            }
            if (notice != null) {
                notices.add(notice);
            }
        }
        if (notices.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(header.lineNumber(), null, "文件没有通报数据行"));
        }
        return new Result(notices, problems);
    }

    /** One row: its cells by column name, and its problems. */
    private record Row(RawRow row, Map<String, Integer> columns, LocalDate today, List<Problem> problems) {

        Notice read() {
            int before = problems.size();
            String number = text(ExchangeFormat.NUMBER, 1, MAX_NUMBER);
            if (number != null && !NOTICE_NUMBER.matcher(number).matches()) {
                problem(ExchangeFormat.NUMBER, "应为汉字、字母、数字或括号、斜线、横线");
            }
            String subjectLabel = text(ExchangeFormat.SUBJECT, 1, MAX_NUMBER);
            NoticeSubject subject = subjectLabel == null ? null : NoticeSubject.byLabel(subjectLabel).orElse(null);
            if (subjectLabel != null && subject == null) {
                problem(ExchangeFormat.SUBJECT, "「" + subjectLabel + "」不是通报事项，应为：" + NoticeSubject.labels());
            }
            LocalDate date = date();
            String sender = text(ExchangeFormat.SENDER, MIN_PLACE, MAX_PLACE);
            String recipient = optional(ExchangeFormat.RECIPIENT, MAX_PLACE);
            String name = text(ExchangeFormat.NAME, 2, 30);
            if (name != null && !NAME.matcher(name).matches()) {
                problem(ExchangeFormat.NAME, "应为2至30个汉字或字母");
            }
            ResidentIdNumber id = id(date == null ? today : date);
            String certificate = optional(ExchangeFormat.CERTIFICATE_NUMBER, MAX_NUMBER);
            if (certificate != null && !CERTIFICATE.matcher(certificate).matches()) {
                problem(ExchangeFormat.CERTIFICATE_NUMBER, "应为2至40个汉字、字母、数字或括号、横线");
            }
            String content = text(ExchangeFormat.CONTENT, MIN_CONTENT, MAX_CONTENT);
            if (problems.size() > before) {
                return null;
            }
            return new Notice(row.lineNumber(), number, subject, date, sender, recipient, name, id, certificate,
                    content);
        }

        private String cell(String column) {
            int index = columns.get(column);
            return index < row.cells().size() ? row.cells().get(index).strip() : "";
        }

        private String text(String column, int min, int max) {
            String value = cell(column);
            if (value.isEmpty()) {
                problem(column, "为必填项");
                return null;
            }
            return checked(column, value, min, max);
        }

        private String optional(String column, int max) {
            String value = cell(column);
            return value.isEmpty() ? null : checked(column, value, 1, max);
        }

        private String checked(String column, String value, int min, int max) {
            int length = value.codePointCount(0, value.length());
            if (length < min || length > max) {
                problem(column, "应为" + min + "至" + max + "个字，现为" + length + "个字");
                return null;
            }
            if (value.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u202E' || c == '\u202D')) {
                problem(column, "含有控制字符");
                return null;
            }
            if (FORMULA.matcher(value).matches()) {
                problem(column, "不能以 = + - @ 开头");
                return null;
            }
            return value;
        }

        private LocalDate date() {
            String value = text(ExchangeFormat.DATE, 1, 10);
            if (value == null) {
                return null;
            }
            try {
                LocalDate date = LocalDate.parse(value);
                if (date.isAfter(today)) {
                    problem(ExchangeFormat.DATE, "不能晚于今天");
                    return null;
                }
                return date;
            } catch (DateTimeParseException e) {
                problem(ExchangeFormat.DATE, "应写作如2026-03-02");
                return null;
            }
        }

        private ResidentIdNumber id(LocalDate asOf) {
            String value = text(ExchangeFormat.ID_NUMBER, 15, 18);
            if (value == null) {
                return null;
            }
            try {
                return ResidentIdNumber.parse(value, asOf);
            } catch (InvalidResidentIdException e) {
                problem(ExchangeFormat.ID_NUMBER, e.getMessage());
                return null;
            }
        }

        private void problem(String column, String message) {
            problems.add(new Problem(row.lineNumber(), column, message));
        }
    }
}
