package cn.gov.xinbei.pfp.deadlines;

import cn.gov.xinbei.pfp.deadlines.domain.DeadlineStatus;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exports take their rows one at a time from a source (a database cursor in the application) and write them in
 * order: far more rows than the streaming workbook keeps in memory come out numbered, in order, with the footer
 * counting them all.
 */
class DeadlineWorkbookTest {

    private static final int ROWS = 1_234;
    private static final LocalDate TODAY = LocalDate.of(2012, 6, 15);

    @Test
    void everyOpenStepOfALongListIsWrittenInOrderAsTheSourceHandsItOver() throws Exception {
        AtomicInteger handedOver = new AtomicInteger();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DeadlineWorkbook.write(out, sink -> {
            for (int i = 1; i <= ROWS; i++) {
                handedOver.incrementAndGet();
                sink.accept(openStep(i));
            }
        }, TODAY);

        assertThat(handedOver).hasValue(ROWS);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet(DeadlineWorkbook.SHEET);
            for (int i = 1; i <= ROWS; i++) {
                assertThat(sheet.getRow(i).getCell(0).getNumericCellValue()).isEqualTo(i);
                assertThat(sheet.getRow(i).getCell(1).getStringCellValue()).isEqualTo(caseNumber(i));
            }
            assertThat(sheet.getRow(ROWS + 1)).isNull();
            assertThat(sheet.getRow(ROWS + 2).getCell(1).getStringCellValue()).startsWith("统计日期：2012-06-15");
        }
    }

    @Test
    void theEndedStepsFooterCountsEveryRowWrittenAndThoseOnTime() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DeadlineWorkbook.writeEnded(out, sink -> {
            for (int i = 1; i <= ROWS; i++) {
                sink.accept(endedStep(i, i % 3 != 0));
            }
        }, LocalDate.of(2012, 1, 1), LocalDate.of(2012, 6, 30));

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet(DeadlineWorkbook.ENDED_SHEET);
            assertThat(sheet.getRow(ROWS).getCell(1).getStringCellValue()).isEqualTo(caseNumber(ROWS));
            assertThat(sheet.getRow(ROWS - 1).getCell(10).getStringCellValue()).isEqualTo("逾期2个工作日"); // 1233
            assertThat(sheet.getRow(ROWS).getCell(10).getStringCellValue()).isEqualTo("按期办结");
            assertThat(sheet.getRow(ROWS + 2).getCell(1).getStringCellValue())
                    .isEqualTo("办结期间：2012-01-01至2012-06-30；共1234个环节，按期办结823个，逾期411个");
        }
    }

    private static String caseNumber(int i) {
        return "SC-2012-%05d".formatted(i);
    }

    private static DeadlineList.Row openStep(int i) {
        return new DeadlineList.Row("task-" + i, caseNumber(i), "SECOND_CHILD", "照顾再生育一孩审批", "chunjiang", "春江镇",
                List.of("王芳 320411********0021"), "Task_Acceptance", "受理申请", "chunjiang-clerk", "春江镇经办人",
                "chunjiang", "春江镇", Instant.parse("2012-06-01T02:00:00Z"), LocalDate.of(2012, 6, 1),
                Instant.parse("2012-06-20T16:00:00Z"), LocalDate.of(2012, 6, 20), null, false, 3,
                DeadlineStatus.ON_TIME, "正常", "《行政许可法》第三十二条", false, null);
    }

    private static DeadlineList.EndedRow endedStep(int i, boolean onTime) {
        return new DeadlineList.EndedRow("task-" + i, caseNumber(i), "SECOND_CHILD", "照顾再生育一孩审批", "chunjiang",
                "春江镇", List.of("王芳 320411********0021"), "Task_Acceptance", "受理申请", "chunjiang", "春江镇",
                "春江镇经办人", Instant.parse("2012-06-20T16:00:00Z"), LocalDate.of(2012, 6, 20), null, false,
                Instant.parse("2012-06-22T02:00:00Z"), LocalDateTime.of(2012, 6, 22, 10, 0), LocalDate.of(2012, 6, 22),
                "陈立", onTime, onTime ? null : 2);
    }
}
