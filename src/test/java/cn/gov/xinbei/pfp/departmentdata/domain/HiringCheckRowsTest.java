package cn.gov.xinbei.pfp.departmentdata.domain;

import cn.gov.xinbei.pfp.residentid.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The HR stations' hiring checks (查验《流动人口婚育证明》): the row checks of the kind HIRING_CHECK. */
class HiringCheckRowsTest {

    static final String WORKER = "320411198709090042";
    static final YearMonth FEBRUARY = YearMonth.of(2012, 2);
    static final LocalDate TODAY = LocalDate.of(2012, 3, 5);

    static final KindSpec HIRING = new KindSpec(RecordKind.HIRING_CHECK, "招用流动人口查验婚育证明", "hr", Sex.FEMALE,
            null, List.of(
            new ColumnSpec(RecordField.EVENT_DATE, "查验日期", true, null, null),
            new ColumnSpec(RecordField.EMPLOYER, "用人单位", true, null, null),
            new ColumnSpec(RecordField.SUBJECT_NAME, "姓名", true, null, null),
            new ColumnSpec(RecordField.SUBJECT_ID, "公民身份号码", true, null, null),
            new ColumnSpec(RecordField.CERTIFICATE_PRESENTED, "是否出示婚育证明", true, null, null),
            new ColumnSpec(RecordField.CERTIFICATE_NUMBER, "婚育证明编号", false, null, null)));
    static final List<String> HEADER = List.of("查验日期", "用人单位", "姓名", "公民身份号码", "是否出示婚育证明", "婚育证明编号");

    final RowValidator validator = new RowValidator(10, 30);

    RowValidator.Result check(String... cells) {
        HeaderMapping mapping = HeaderMapping.of(HIRING, HEADER);
        return validator.check(HIRING, 2, mapping.values(new RawRow(2, List.of(cells))), FEBRUARY, TODAY);
    }

    @Test
    void aPresentedCertificateIsRecordedWithItsNumber() {
        RowValidator.Result result = check("2012-02-15", "常州新北精密机械有限公司", "赵丽", WORKER, "是", "皖流婚〔2011〕0123号");
        assertThat(result.problems()).isEmpty();
        DepartmentRecord r = result.record();
        assertThat(r.hiringCheck()).isEqualTo(new DepartmentRecord.HiringCheck("常州新北精密机械有限公司", true,
                "皖流婚〔2011〕0123号"));
        assertThat(r.subjectId().value()).isEqualTo(WORKER);
    }

    @Test
    void aMissingCertificateIsRecordedWithoutNumber() {
        RowValidator.Result result = check("2012-02-15", "常州新北精密机械有限公司", "赵丽", WORKER, "否", "");
        assertThat(result.problems()).isEmpty();
        assertThat(result.record().hiringCheck().certificatePresented()).isFalse();
        assertThat(result.record().hiringCheck().certificateNumber()).isNull();
    }

    @Test
    void theSameWorkerAtTwoEmployersIsTwoRecords() {
        String first = check("2012-02-15", "常州新北精密机械有限公司", "赵丽", WORKER, "否", "").record().recordKey();
        String second = check("2012-02-15", "常州龙城电子有限公司", "赵丽", WORKER, "否", "").record().recordKey();
        assertThat(first).isNotEqualTo(second);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no employer|2012-02-15||赵丽|" + WORKER + "|是|皖流婚0123|用人单位|用人单位未填写",
            "employer with symbols|2012-02-15|<script>|赵丽|" + WORKER + "|是|皖流婚0123|用人单位|单位名称",
            "presented neither yes nor no|2012-02-15|龙城电子|赵丽|" + WORKER + "|也许|皖流婚0123|是否出示婚育证明|应为“是”或“否”",
            "presented without number|2012-02-15|龙城电子|赵丽|" + WORKER + "|是||婚育证明编号|须填写婚育证明编号",
            "number without certificate|2012-02-15|龙城电子|赵丽|" + WORKER + "|否|皖流婚0123|婚育证明编号|不填写婚育证明编号",
            "number with symbols|2012-02-15|龙城电子|赵丽|" + WORKER + "|是|0123;drop|婚育证明编号|编号",
            "a man|2012-02-15|龙城电子|陈刚|320411198307070014|否||公民身份号码|本列应为女性",
            "bad check digit|2012-02-15|龙城电子|赵丽|320411198709090043|否||公民身份号码|有误",
            "checked in March|2012-03-01|龙城电子|赵丽|" + WORKER + "|否||查验日期|不在报送月份"})
    void aBadRowIsRefusedAtItsColumn(String name, String date, String employer, String worker, String id,
                                     String presented, String number, String column, String message) {
        RowValidator.Result result = check(date, employer == null ? "" : employer, worker, id, presented,
                number == null ? "" : number);
        assertThat(result.accepted()).isFalse();
        assertThat(result.problems()).anySatisfy(p -> {
            assertThat(p.column()).isEqualTo(column);
            assertThat(p.message()).contains(message);
        });
    }

    @Test
    void theKindNeedsItsColumns() {
        assertThatThrownBy(() -> new KindSpec(RecordKind.HIRING_CHECK, "招用", "hr", null, null, List.of(
                new ColumnSpec(RecordField.EVENT_DATE, "查验日期", true, null, null),
                new ColumnSpec(RecordField.SUBJECT_NAME, "姓名", true, null, null),
                new ColumnSpec(RecordField.SUBJECT_ID, "公民身份号码", true, null, null))))
                .hasMessageContaining("EMPLOYER");
    }
}
