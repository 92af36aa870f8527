package cn.gov.xinbei.pfp.departmentdata.domain;

import cn.gov.xinbei.pfp.residentid.Sex;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Header mapping, row checks, keys and birth matching, on the health centres' birth report of February 2012. */
class DepartmentRowsTest {

    static final String MOTHER = "320411198503010027";
    static final String FATHER = "320411198307070014";
    static final YearMonth FEBRUARY = YearMonth.of(2012, 2);
    static final LocalDate TODAY = LocalDate.of(2012, 3, 5);

    static final KindSpec BIRTH = new KindSpec(RecordKind.BIRTH, "出生", "health", Sex.FEMALE, Sex.MALE, List.of(
            new ColumnSpec(RecordField.EVENT_DATE, "出生日期", true, null, null),
            new ColumnSpec(RecordField.CHILD_NAME, "婴儿姓名", false, null, null),
            new ColumnSpec(RecordField.CHILD_SEX, "婴儿性别", true, null, null),
            new ColumnSpec(RecordField.CHILD_DOCUMENT, "出生医学证明编号", true, null, null),
            new ColumnSpec(RecordField.BIRTH_ORDER, "孩次", true, null, null),
            new ColumnSpec(RecordField.SUBJECT_NAME, "母亲姓名", true, null, null),
            new ColumnSpec(RecordField.SUBJECT_ID, "母亲公民身份号码", true, null, null),
            new ColumnSpec(RecordField.PARTNER_NAME, "父亲姓名", false, null, null),
            new ColumnSpec(RecordField.PARTNER_ID, "父亲公民身份号码", false, null, null)));

    static final KindSpec SURGERY = new KindSpec(RecordKind.SURGERY, "四项手术", "health", null, null, List.of(
            new ColumnSpec(RecordField.EVENT_DATE, "手术日期", true, null, null),
            new ColumnSpec(RecordField.SUBJECT_NAME, "受术者姓名", true, null, null),
            new ColumnSpec(RecordField.SUBJECT_ID, "受术者公民身份号码", true, null, null),
            new ColumnSpec(RecordField.DETAIL_CODE, "手术类别", true,
                    Map.of("IUD_INSERTION", "放置宫内节育器", "INDUCED_ABORTION", "人工流产"), null)));

    final RowValidator validator = new RowValidator(10, 30);

    static final List<String> HEADER = List.of("\uFEFF母亲姓名", "母亲公民身份号码", "父亲姓名", "父亲公民身份号码",
            "出生日期", "婴儿性别", "孩次", "出生医学证明编号");

    RowValidator.Result check(String... cells) {
        HeaderMapping mapping = HeaderMapping.of(BIRTH, HEADER);
        return validator.check(BIRTH, 2, mapping.values(new RawRow(2, List.of(cells))), FEBRUARY, TODAY);
    }

    @Test
    void goodRowIsParsed() {
        RowValidator.Result result = check("王芳", MOTHER, "陈刚", FATHER, "2012-02-10", "男", "1", "M320120001");
        assertThat(result.problems()).isEmpty();
        DepartmentRecord r = result.record();
        assertThat(r.eventDate()).isEqualTo(LocalDate.of(2012, 2, 10));
        assertThat(r.subjectId().value()).isEqualTo(MOTHER);
        assertThat(r.partnerId().value()).isEqualTo(FATHER);
        assertThat(r.childSex()).isEqualTo(Sex.MALE);
        assertThat(r.birthOrder()).isEqualTo(1);
        assertThat(r.childDocument()).isEqualTo("M320120001");
        assertThat(r.birthKey()).isEqualTo(RecordKeys.birthKey(MOTHER, LocalDate.of(2012, 2, 10), 1));
    }

    @Test
    void badCellsAreReportedByTheirColumn() {
        RowValidator.Result result = check("王芳", "320411198503010028", "陈刚", FATHER, "2012-03-01", "未知", "0", "M320120001");
        assertThat(result.accepted()).isFalse();
        assertThat(result.problems()).extracting(RowProblem::column)
                .containsExactlyInAnyOrder("出生日期", "母亲公民身份号码", "婴儿性别", "孩次");
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.lineNumber()).isEqualTo(2));
        assertThat(result.problems()).filteredOn(p -> p.column().equals("出生日期"))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("不在报送月份2012-02内"));
    }

    @Test
    void futureDateMotherOfWrongSexAndMissingCellsAreRefused() {
        RowValidator.Result future = validator.check(BIRTH, 3, HeaderMapping.of(BIRTH, HEADER).values(new RawRow(3,
                List.of("王芳", MOTHER, "", "", "2012-03-20", "女", "1", "M320120001"))), YearMonth.of(2012, 3), TODAY);
        assertThat(future.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("晚于今天"));

        RowValidator.Result wrongSex = check("王芳", FATHER, "", "", "2012-02-10", "女", "1", "M320120001");
        assertThat(wrongSex.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("母亲公民身份号码的性别位表示男性，本列应为女性"));

        RowValidator.Result missing = check("", MOTHER, "", "", "2012-02-10", "女", "", "M320120001");
        assertThat(missing.problems()).extracting(RowProblem::message)
                .containsExactlyInAnyOrder("母亲姓名未填写", "孩次未填写");
    }

    @Test
    void fifteenDigitNumberIsConvertedIn2012() {
        // 15-digit first-generation number of a woman born 1985-03-01 (sequence 002): valid until 2012-12-31.
        RowValidator.Result result = check("王芳", "320411850301002", "", "", "2012-02-10", "女", "1", "M320120001");
        assertThat(result.problems()).isEmpty();
        assertThat(result.record().subjectId().value()).isEqualTo(MOTHER);
    }

    @Test
    void codesAreTakenByCodeOrChineseName() {
        HeaderMapping mapping = HeaderMapping.of(SURGERY, List.of("手术日期", "受术者姓名", "受术者公民身份号码", "手术类别"));
        RowValidator.Result byName = validator.check(SURGERY, 2,
                mapping.values(new RawRow(2, List.of("2012-02-03", "王芳", MOTHER, "人工流产"))), FEBRUARY, TODAY);
        assertThat(byName.record().detailCode()).isEqualTo("INDUCED_ABORTION");
        RowValidator.Result unknown = validator.check(SURGERY, 3,
                mapping.values(new RawRow(3, List.of("2012-02-03", "王芳", MOTHER, "引产"))), FEBRUARY, TODAY);
        assertThat(unknown.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("手术类别「引产」不是有效代码"));
    }

    @Test
    void badHeaderRefusesTheFile() {
        assertThatThrownBy(() -> HeaderMapping.of(BIRTH, List.of("母亲姓名", "出生日期")))
                .isInstanceOf(BadFileException.class)
                .hasMessageStartingWith("表头缺少必填列：婴儿性别、出生医学证明编号、孩次、母亲公民身份号码");
        assertThatThrownBy(() -> HeaderMapping.of(BIRTH, List.of("母亲姓名", "身高")))
                .isInstanceOf(BadFileException.class).hasMessageContaining("「身高」不是出生数据的列");
        assertThatThrownBy(() -> HeaderMapping.of(BIRTH, List.of()))
                .isInstanceOf(BadFileException.class).hasMessageStartingWith("文件没有表头行");
    }

    @Test
    void sameRowHasTheSameKeyAndPoliceAndHealthShareTheBirthKey() {
        DepartmentRecord first = check("王芳", MOTHER, "陈刚", FATHER, "2012-02-10", "男", "1", "M320120001").record();
        DepartmentRecord again = check("王芳", MOTHER, "陈刚", FATHER, "2012/2/10", "男", "1", "M320120001").record();
        DepartmentRecord other = check("王芳", MOTHER, "陈刚", FATHER, "2012-02-11", "男", "1", "M320120001").record();
        assertThat(again.recordKey()).isEqualTo(first.recordKey());
        assertThat(other.recordKey()).isNotEqualTo(first.recordKey());
        DepartmentRecord police = new DepartmentRecord(RecordKind.BIRTH_REGISTRATION, 2, first.eventDate(),
                first.subjectName(), first.subjectId(), null, null, "陈小明", Sex.MALE, "320411201202100015", 1, null);
        assertThat(police.recordKey()).isNotEqualTo(first.recordKey());
        assertThat(police.birthKey()).isEqualTo(first.birthKey());
    }

    @Test
    void birthMatchingOutcomes() {
        LocalDate born = LocalDate.of(2012, 2, 10);
        BirthMatching.Rules rules = new BirthMatching.Rules(
                List.of(new BirthMatching.RegistrationPeriod(LocalDate.of(2016, 1, 1), 2)), LocalDate.of(2021, 9, 29));
        assertThat(BirthMatching.match(1, born, List.of(), rules))
                .isEqualTo(new BirthMatching.Match(BirthOutcome.FIRST_CHILD, true, null));
        assertThat(BirthMatching.match(2, born, List.of(new BirthMatching.Approval("case-1", LocalDate.of(2011, 5, 1))), rules))
                .isEqualTo(new BirthMatching.Match(BirthOutcome.APPROVED, true, "case-1"));
        // An approval decided after the birth does not cover it (JS-PFP art. 26: only after the certificate).
        assertThat(BirthMatching.match(2, born, List.of(new BirthMatching.Approval("case-2", LocalDate.of(2012, 2, 11))), rules))
                .isEqualTo(new BirthMatching.Match(BirthOutcome.UNMATCHED, null, null));
        assertThat(BirthMatching.match(3, born, List.of(new BirthMatching.Approval("case-1", LocalDate.of(2011, 5, 1))), rules))
                .isEqualTo(new BirthMatching.Match(BirthOutcome.UNMATCHED, null, null));
    }

    @Test
    void reportIsDueOnTheConfiguredDayOfTheNextMonth() {
        assertThat(ReportDueDate.of(FEBRUARY, 10)).isEqualTo(LocalDate.of(2012, 3, 10));
        assertThat(ReportDueDate.of(YearMonth.of(2012, 1), 31)).isEqualTo(LocalDate.of(2012, 2, 29));
        assertThat(ReportDueDate.onTime(FEBRUARY, 10, LocalDate.of(2012, 3, 10))).isTrue();
        assertThat(ReportDueDate.onTime(FEBRUARY, 10, LocalDate.of(2012, 3, 11))).isFalse();
    }
}
