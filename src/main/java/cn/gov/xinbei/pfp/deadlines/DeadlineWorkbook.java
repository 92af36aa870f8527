package cn.gov.xinbei.pfp.deadlines;

import cn.gov.xinbei.pfp.shared.excel.Cells;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * The deadline list as an .xlsx workbook: one sheet, one row per open step, ID numbers masked. The rows come from a
 * source that hands them over one at a time (a database cursor) and go to a stream: a list of 100,000 steps is never
 * held in memory, neither as rows nor as the file.
 */
public final class DeadlineWorkbook {

    public static final String SHEET = "期限监控";
    public static final String[] HEADER = {"序号", "案件编号", "案件类型", "镇（街道）", "当事人", "办理环节", "承办单位",
            "承办岗位", "开始日期", "办理期限", "原定期限", "剩余工作日", "状态", "法律依据", "期限说明"};
    private static final int[] WIDTHS = {6, 16, 18, 12, 40, 24, 14, 20, 12, 12, 12, 10, 10, 60, 40};

    private DeadlineWorkbook() {
    }

    /** @param rows hands every row, in order, to the consumer it is given */
    public static void write(OutputStream out, Consumer<Consumer<DeadlineList.Row>> rows, LocalDate today) {
        Cells.xlsx(out, workbook -> {
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            sheet(workbook, SHEET, HEADER, WIDTHS, rows, (line, row) -> {
                caseColumns(line, row.caseNumber(), row.kindName(), row.townName(), row.parties(), row.stepName(),
                        row.responsibleUnitName());
                line.createCell(7).setCellValue(orEmpty(row.responsibleGroupName()));
                line.createCell(8).setCellValue(text(row.createdOn()));
                line.createCell(9).setCellValue(text(row.dueDate()));
                line.createCell(10).setCellValue(row.extended() ? text(row.originalDueDate()) : "");
                if (row.remainingWorkingDays() != null) {
                    line.createCell(11).setCellValue(row.remainingWorkingDays());
                } else {
                    line.createCell(11).setCellValue("");
                }
                line.createCell(12).setCellValue(row.statusLabel());
                Cells.text(line, 13, orEmpty(row.legalBasis()), wrap);
                Cells.text(line, 14, orEmpty(row.provisionalNote()), wrap);
            }, count -> "统计日期：" + today + "；剩余工作日为负数表示已逾期的工作日数");
        });
    }

    public static final String ENDED_SHEET = "已办结环节";
    public static final String[] ENDED_HEADER = {"序号", "案件编号", "案件类型", "镇（街道）", "当事人", "办理环节", "承办单位",
            "办理期限", "办结时间", "办结人", "结果", "逾期工作日"};
    private static final int[] ENDED_WIDTHS = {6, 16, 18, 12, 40, 24, 14, 12, 18, 16, 20, 10};

    /** The ended-steps view as a workbook: one row per step completed in the period, on time or late. */
    public static void writeEnded(OutputStream out, Consumer<Consumer<DeadlineList.EndedRow>> rows, LocalDate from,
                                  LocalDate to) {
        long[] onTime = {0};
        Cells.xlsx(out, workbook -> sheet(workbook, ENDED_SHEET, ENDED_HEADER, ENDED_WIDTHS, rows, (line, row) -> {
            caseColumns(line, row.caseNumber(), row.kindName(), row.townName(), row.parties(), row.stepName(),
                    row.responsibleUnitName());
            line.createCell(7).setCellValue(text(row.dueDate()));
            line.createCell(8).setCellValue(row.endedAtLocal().toString().replace('T', ' '));
            line.createCell(9).setCellValue(orEmpty(row.completedBy()));
            line.createCell(10).setCellValue(row.resultText());
            line.createCell(11).setCellValue(row.workingDaysLate() == null ? 0 : row.workingDaysLate());
            onTime[0] += row.onTime() ? 1 : 0;
        }, count -> "办结期间：" + from + "至" + to + "；共" + count + "个环节，按期办结" + onTime[0] + "个，逾期"
                + (count - onTime[0]) + "个"));
    }

    /**
     * One sheet: bold header, a row per item numbered from 1 in column 0 ({@code columns} fills the others), the
     * footer (told the number of items) one empty row below the last item, column widths, header frozen.
     */
    private static <T> void sheet(Workbook workbook, String name, String[] header, int[] widths,
                                  Consumer<Consumer<T>> rows, BiConsumer<Row, T> columns, LongFunction<String> footer) {
        Sheet sheet = workbook.createSheet(name);
        Cells.header(sheet, 0, header, Cells.withFont(workbook, Cells.bold(workbook)));
        int[] r = {1};
        rows.accept(row -> {
            Row line = sheet.createRow(r[0]);
            line.createCell(0).setCellValue(r[0]);
            columns.accept(line, row);
            r[0]++;
        });
        sheet.createRow(r[0] + 1).createCell(1).setCellValue(footer.apply(r[0] - 1L));
        Cells.widths(sheet, widths);
        sheet.createFreezePane(0, 1);
    }

    /** Columns 1 to 6, the same on both sheets: case number, kind, town, parties, step, responsible unit. */
    private static void caseColumns(Row line, String caseNumber, String kindName, String townName,
                                    List<String> parties, String stepName, String unitName) {
        line.createCell(1).setCellValue(caseNumber);
        line.createCell(2).setCellValue(kindName);
        line.createCell(3).setCellValue(townName);
        line.createCell(4).setCellValue(String.join("；", parties));
        line.createCell(5).setCellValue(stepName);
        line.createCell(6).setCellValue(orEmpty(unitName));
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
