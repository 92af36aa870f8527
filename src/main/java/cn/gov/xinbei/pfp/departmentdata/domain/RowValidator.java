package cn.gov.xinbei.pfp.departmentdata.domain;

import cn.gov.xinbei.pfp.residentid.InvalidResidentIdException;
import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;
import cn.gov.xinbei.pfp.residentid.Sex;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks one row of a kind's data, column by column, and reports every problem with the column's Chinese name. A row
 * with any problem is rejected; the other rows of the file are kept.
 * <ul>
 *   <li>ID numbers: GB 11643-1999 (18 digits, MOD 11-2 check character, REFERENCE.md 9.1); a 15-digit first-generation
 *       number is converted where the law still allowed it on the day of the event (居民身份证法 2011, 附则: void
 *       from 2013-01-01); the sex digit must fit the column (the mother of a birth is a woman).</li>
 *   <li>The event date lies in the declared month and not after today.</li>
 *   <li>Names: letters (Chinese or Latin) and the name dot, up to the configured length.</li>
 *   <li>Birth order (孩次): a whole number from 1 to the configured maximum.</li>
 *   <li>Codes: one of the column's configured codes (or its Chinese name), or the column's pattern.</li>
 *   <li>Hiring checks: the employer's name, 是/否 for the certificate presented, its number when (and only when) one
 *       was presented.</li>
 * </ul>
 */
public final class RowValidator {

    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}A-Za-z·•.． ]+");
    private static final Pattern BIRTH_CERTIFICATE = Pattern.compile("[A-Z0-9]{6,20}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,3}");
    /** Employers' names: Chinese and Latin letters, digits, brackets (有限公司（常州）), the dot and the hyphen. */
    private static final Pattern EMPLOYER = Pattern.compile("[\\p{IsHan}A-Za-z0-9()（）·.\\- ]+");
    private static final int MAX_EMPLOYER = 100;
    /** Certificate numbers differ between provinces: letters, digits, Chinese characters, brackets, hyphens. */
    private static final Pattern CERTIFICATE_NUMBER = Pattern.compile("[\\p{IsHan}A-Za-z0-9()（）〔〕\\[\\]\\-]{2,40}");
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern("uuuu-M-d"),
            DateTimeFormatter.ofPattern("uuuuMMdd"), DateTimeFormatter.ofPattern("uuuu.M.d"),
            DateTimeFormatter.ofPattern("uuuu年M月d日"));

    private final int maxBirthOrder;
    private final int maxNameLength;

    public RowValidator(int maxBirthOrder, int maxNameLength) {
        this.maxBirthOrder = maxBirthOrder;
        this.maxNameLength = maxNameLength;
    }

    /** The outcome for one row: the record, or the problems (never both). */
    public record Result(DepartmentRecord record, List<RowProblem> problems) {
        public boolean accepted() {
            return record != null;
        }
    }

    public Result check(KindSpec spec, int lineNumber, Map<RecordField, String> values, YearMonth period, LocalDate today) {
        List<RowProblem> problems = new ArrayList<>();
        Checker c = new Checker(spec, lineNumber, values, problems);

        LocalDate eventDate = c.date(RecordField.EVENT_DATE);
        if (eventDate != null) {
            String header = c.header(RecordField.EVENT_DATE);
            if (!YearMonth.from(eventDate).equals(period)) {
                c.problem(RecordField.EVENT_DATE, header + "（" + eventDate + "）不在报送月份" + period + "内");
                eventDate = null;
            } else if (eventDate.isAfter(today)) {
                c.problem(RecordField.EVENT_DATE, header + "（" + eventDate + "）晚于今天");
                eventDate = null;
            }
        }
        LocalDate idAsOf = eventDate == null ? today : eventDate;
        String subjectName = c.name(RecordField.SUBJECT_NAME);
        ResidentIdNumber subjectId = c.id(RecordField.SUBJECT_ID, idAsOf, spec.subjectSex());
        String partnerName = c.name(RecordField.PARTNER_NAME);
        ResidentIdNumber partnerId = c.id(RecordField.PARTNER_ID, idAsOf, spec.partnerSex());
        if (subjectId != null && subjectId.equals(partnerId)) {
            c.problem(RecordField.PARTNER_ID, c.header(RecordField.PARTNER_ID) + "与" + c.header(RecordField.SUBJECT_ID) + "相同");
            partnerId = null;
        }
        if (partnerName != null && partnerId == null && values.containsKey(RecordField.PARTNER_ID) == false
                && spec.column(RecordField.PARTNER_ID).isPresent()) {
            c.problem(RecordField.PARTNER_ID, "填写了" + c.header(RecordField.PARTNER_NAME) + "，还须填写"
                    + c.header(RecordField.PARTNER_ID));
        }
        if (partnerId != null && partnerName == null && spec.column(RecordField.PARTNER_NAME).isPresent()) {
            c.problem(RecordField.PARTNER_NAME, "填写了" + c.header(RecordField.PARTNER_ID) + "，还须填写"
                    + c.header(RecordField.PARTNER_NAME));
        }
        if (eventDate != null) {
            for (ResidentIdNumber parent : new ResidentIdNumber[] {subjectId, partnerId}) {
                if (parent != null && !eventDate.isAfter(parent.birthDate())) {
                    c.problem(RecordField.EVENT_DATE, c.header(RecordField.EVENT_DATE) + "早于当事人的出生日期");
                    break;
                }
            }
        }
        String childName = c.name(RecordField.CHILD_NAME);
        Sex childSex = c.sex(RecordField.CHILD_SEX);
        String childDocument = c.childDocument(eventDate, childSex);
        Integer birthOrder = c.birthOrder();
        String detailCode = c.code(RecordField.DETAIL_CODE);
        DepartmentRecord.HiringCheck hiringCheck = spec.kind() == RecordKind.HIRING_CHECK ? c.hiringCheck() : null;

        if (!problems.isEmpty()) {
            return new Result(null, List.copyOf(problems));
        }
        return new Result(new DepartmentRecord(spec.kind(), lineNumber, eventDate, subjectName, subjectId,
                partnerName, partnerId, childName, childSex, childDocument, birthOrder, detailCode, hiringCheck),
                List.of());
    }

    /** The checks of one row, collecting problems. A field without a column in the kind is always absent. */
    private final class Checker {
        private final KindSpec spec;
        private final int line;
        private final Map<RecordField, String> values;
        private final List<RowProblem> problems;

        Checker(KindSpec spec, int line, Map<RecordField, String> values, List<RowProblem> problems) {
            this.spec = spec;
            this.line = line;
            this.values = values;
            this.problems = problems;
        }

        String header(RecordField field) {
            return spec.column(field).map(ColumnSpec::header).orElse(field.jsonName());
        }

        void problem(RecordField field, String message) {
            problems.add(new RowProblem(line, header(field), message));
        }

        /** The cell, or null; a missing required cell is a problem. */
        String cell(RecordField field) {
            ColumnSpec column = spec.column(field).orElse(null);
            if (column == null) {
                return null;
            }
            String value = values.get(field);
            if (value == null || value.isBlank()) {
                if (column.required()) {
                    problem(field, column.header() + "未填写");
                }
                return null;
            }
            return value.strip();
        }

        LocalDate date(RecordField field) {
            String value = cell(field);
            if (value == null) {
                return null;
            }
            for (DateTimeFormatter format : DATE_FORMATS) {
                try {
                    return LocalDate.parse(value, format.withResolverStyle(java.time.format.ResolverStyle.STRICT));
                } catch (DateTimeParseException ignored) {
                    // try the next format
                }
            }
            problem(field, header(field) + "不是有效日期，应写作如2012-03-15");
            return null;
        }

        String name(RecordField field) {
            String value = cell(field);
            if (value == null) {
                return null;
            }
            if (value.codePointCount(0, value.length()) > maxNameLength) {
                problem(field, header(field) + "过长，最多" + maxNameLength + "个字");
                return null;
            }
            if (!NAME.matcher(value).matches()) {
                problem(field, header(field) + "只能包含汉字、字母和间隔号");
                return null;
            }
            return value;
        }

        ResidentIdNumber id(RecordField field, LocalDate asOf, Sex expectedSex) {
            String value = cell(field);
            if (value == null) {
                return null;
            }
            try {
                ResidentIdNumber id = ResidentIdNumber.parse(value, asOf);
                if (expectedSex != null && id.sex() != expectedSex) {
                    problem(field, header(field) + "的性别位表示" + id.sex().label() + "性，本列应为" + expectedSex.label() + "性");
                    return null;
                }
                return id;
            } catch (InvalidResidentIdException e) {
                problem(field, header(field) + "有误：" + e.getMessage());
                return null;
            }
        }

        Sex sex(RecordField field) {
            String value = cell(field);
            if (value == null) {
                return null;
            }
            return switch (value.toUpperCase(java.util.Locale.ROOT)) {
                case "男", "MALE", "M", "1" -> Sex.MALE;
                case "女", "FEMALE", "F", "2" -> Sex.FEMALE;
                default -> {
                    problem(field, header(field) + "应为“男”或“女”");
                    yield null;
                }
            };
        }

        String childDocument(LocalDate birthDate, Sex childSex) {
            String value = cell(RecordField.CHILD_DOCUMENT);
            if (value == null || birthDate == null) {
                return null; // without a valid birth date the row is rejected already
            }
            String upper = value.toUpperCase(java.util.Locale.ROOT);
            if (upper.length() == 18 || upper.length() == 15 && upper.chars().allMatch(Character::isDigit)) {
                try {
                    ResidentIdNumber id = ResidentIdNumber.parse(upper, birthDate);
                    if (!id.birthDate().equals(birthDate)) {
                        problem(RecordField.CHILD_DOCUMENT, header(RecordField.CHILD_DOCUMENT) + "中的出生日期（"
                                + id.birthDate() + "）与" + header(RecordField.EVENT_DATE) + "（" + birthDate + "）不一致");
                        return null;
                    }
                    if (childSex != null && id.sex() != childSex) {
                        problem(RecordField.CHILD_DOCUMENT, header(RecordField.CHILD_DOCUMENT) + "的性别位与"
                                + header(RecordField.CHILD_SEX) + "不一致");
                        return null;
                    }
                    return id.value();
                } catch (InvalidResidentIdException e) {
                    problem(RecordField.CHILD_DOCUMENT, header(RecordField.CHILD_DOCUMENT) + "有误：" + e.getMessage());
                    return null;
                }
            }
            if (!BIRTH_CERTIFICATE.matcher(upper).matches()) {
                problem(RecordField.CHILD_DOCUMENT, header(RecordField.CHILD_DOCUMENT)
                        + "应为18位公民身份号码或6至20位字母、数字组成的出生医学证明编号");
                return null;
            }
            return upper;
        }

        Integer birthOrder() {
            String value = cell(RecordField.BIRTH_ORDER);
            if (value == null) {
                return null;
            }
            if (!WHOLE_NUMBER.matcher(value).matches()) {
                problem(RecordField.BIRTH_ORDER, header(RecordField.BIRTH_ORDER) + "应为正整数（1表示第一孩）");
                return null;
            }
            int order = Integer.parseInt(value);
            if (order < 1 || order > maxBirthOrder) {
                problem(RecordField.BIRTH_ORDER, header(RecordField.BIRTH_ORDER) + "应在1至" + maxBirthOrder + "之间");
                return null;
            }
            return order;
        }

        /**
         * An HR station's check (SEED annex 3: 查验《流动人口婚育证明》，要有查验登记): the employer, whether the certificate
         * was presented (是/否) and, when it was, its number; a number without a presented certificate is refused.
         */
        DepartmentRecord.HiringCheck hiringCheck() {
            String employer = cell(RecordField.EMPLOYER);
            if (employer != null && (employer.codePointCount(0, employer.length()) > MAX_EMPLOYER
                    || employer.codePointCount(0, employer.length()) < 2 || !EMPLOYER.matcher(employer).matches())) {
                problem(RecordField.EMPLOYER, header(RecordField.EMPLOYER) + "应为2至" + MAX_EMPLOYER
                        + "个字的单位名称（汉字、字母、数字和括号）");
                employer = null;
            }
            Boolean presented = yesNo(RecordField.CERTIFICATE_PRESENTED);
            String number = cell(RecordField.CERTIFICATE_NUMBER);
            if (number == null && Boolean.TRUE.equals(presented)) {
                problem(RecordField.CERTIFICATE_NUMBER, "已出示婚育证明的，须填写" + header(RecordField.CERTIFICATE_NUMBER));
            } else if (number != null && Boolean.FALSE.equals(presented)) {
                problem(RecordField.CERTIFICATE_NUMBER, "未出示婚育证明的，不填写" + header(RecordField.CERTIFICATE_NUMBER));
                number = null;
            } else if (number != null && !CERTIFICATE_NUMBER.matcher(number).matches()) {
                problem(RecordField.CERTIFICATE_NUMBER, header(RecordField.CERTIFICATE_NUMBER)
                        + "应为2至40个汉字、字母、数字或括号、横线组成的编号");
                number = null;
            }
            return employer == null || presented == null ? null
                    : new DepartmentRecord.HiringCheck(employer, presented, number);
        }

        Boolean yesNo(RecordField field) {
            String value = cell(field);
            if (value == null) {
                return null;
            }
            return switch (value.toUpperCase(java.util.Locale.ROOT)) {
                case "是", "有", "已出示", "Y", "YES", "TRUE", "1" -> Boolean.TRUE;
                case "否", "无", "未出示", "N", "NO", "FALSE", "0" -> Boolean.FALSE;
                default -> {
                    problem(field, header(field) + "应为“是”或“否”");
                    yield null;
                }
            };
        }

        String code(RecordField field) {
            String value = cell(field);
            if (value == null) {
                return null;
            }
            ColumnSpec column = spec.column(field).orElseThrow();
            if (!column.codes().isEmpty()) {
                return column.code(value).orElseGet(() -> {
                    problem(field, header(field) + "「" + value + "」不是有效代码，应为："
                            + String.join("、", column.codes().values()));
                    return null;
                });
            }
            if (column.pattern() != null && !value.matches(column.pattern())) {
                problem(field, header(field) + "「" + value + "」格式不正确");
                return null;
            }
            return value;
        }
    }
}
