package cn.gov.xinbei.pfp.migrantexchange.domain;

import cn.gov.xinbei.pfp.departmentdata.domain.RawRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The row checks of a received exchange file: each problem with its line and column, in Chinese. */
class NoticeRowReaderTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final List<String> GOOD = List.of("皖瑶通〔2026〕12号", "婚育证明出具", "2026-03-05", "安徽省合肥市瑶海区红光街道",
            "江苏省常州市新北区春江镇", "王丽", "340104199203150026", "皖流婚〔2026〕0456号", "已出具婚育证明，有效期至2029-03-04");

    static List<RawRow> file(List<String> header, List<List<String>> rows) {
        List<RawRow> all = new ArrayList<>();
        all.add(new RawRow(1, header));
        for (int i = 0; i < rows.size(); i++) {
            all.add(new RawRow(i + 2, rows.get(i)));
        }
        return all;
    }

    @Test
    void aGoodRowIsReadWithEveryField() {
        NoticeRowReader.Result result = NoticeRowReader.read(file(ExchangeFormat.HEADER, List.of(GOOD)), TODAY);
        assertThat(result.problems()).isEmpty();
        Notice notice = result.notices().get(0);
        assertThat(notice.subject()).isEqualTo(NoticeSubject.CERTIFICATE_ISSUED);
        assertThat(notice.id().value()).isEqualTo("340104199203150026");
        assertThat(notice.lineNumber()).isEqualTo(2);
        assertThat(notice.timelineDetail()).contains("收到安徽省合肥市瑶海区红光街道的通报（编号皖瑶通〔2026〕12号，2026-03-05）")
                .doesNotContain("340104199203150026");
    }

    @Test
    void theColumnsMayComeInAnyOrderAndWhatWeExportIsReadBack() {
        List<String> header = new ArrayList<>(ExchangeFormat.HEADER);
        List<String> row = new ArrayList<>(GOOD);
        java.util.Collections.reverse(header);
        java.util.Collections.reverse(row);
        assertThat(NoticeRowReader.read(file(header, List.of(row)), TODAY).problems()).isEmpty();
        Notice ours = NoticeRowReader.read(file(ExchangeFormat.HEADER, List.of(GOOD)), TODAY).notices().get(0);
        String csv = ExchangeFormat.csv(List.of(ours));
        assertThat(csv).startsWith("\uFEFF通报编号,通报事项,通报日期,发出地,接收地,姓名,公民身份号码,婚育证明编号,通报内容\r\n");
        assertThat(csv.lines().toList().get(1)).isEqualTo(String.join(",", GOOD));
    }

    @Test
    void aCellWithACommaIsQuoted() {
        assertThat(ExchangeFormat.cell("已查验, 已告知")).isEqualTo("\"已查验, 已告知\"");
        assertThat(ExchangeFormat.cell("说\"明\"")).isEqualTo("\"说\"\"明\"\"\"");
        assertThat(ExchangeFormat.cell("=1+1")).isEqualTo("'=1+1");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "0|''|通报编号|为必填项",
            "1|出证|通报事项|不是通报事项，应为：婚育证明出具、婚育证明查验",
            "2|2026-03-11|通报日期|不能晚于今天",
            "2|2026/03/05|通报日期|应写作如2026-03-02",
            "3|合肥|发出地|应为4至100个字",
            "5|W|姓名|应为2至30个字",
            "6|340104199203150029|公民身份号码|校验位",
            "7|#0456|婚育证明编号|应为2至40个汉字",
            "8|''|通报内容|为必填项",
            "8|=HYPERLINK(\"x\")|通报内容|不能以 = + - @ 开头"})
    void aBadCellIsNamedByLineAndColumn(int index, String value, String column, String message) {
        List<String> row = new ArrayList<>(GOOD);
        row.set(index, value);
        NoticeRowReader.Result result = NoticeRowReader.read(file(ExchangeFormat.HEADER, List.of(GOOD, row)), TODAY);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.lineNumber()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(column);
            assertThat(p.message()).contains(message);
            assertThat(p.text()).startsWith("第3行「" + column + "」：");
        });
        assertThat(result.notices()).hasSize(1);
    }

    @Test
    void aMissingColumnOrARepeatedNoticeIsNamed() {
        List<String> header = new ArrayList<>(ExchangeFormat.HEADER);
        header.remove(ExchangeFormat.ID_NUMBER);
        assertThat(NoticeRowReader.read(file(header, List.of()), TODAY).problems()).singleElement()
                .satisfies(p -> assertThat(p.text()).startsWith("第1行「公民身份号码」：表头缺少此列"));
        assertThat(NoticeRowReader.read(file(ExchangeFormat.HEADER, List.of(GOOD, GOOD)), TODAY).problems())
                .singleElement().satisfies(p -> assertThat(p.text()).contains("第3行「通报编号」").contains("重复"));
        assertThat(NoticeRowReader.read(file(ExchangeFormat.HEADER, List.of()), TODAY).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("文件没有通报数据行"));
    }
}
