package cn.gov.xinbei.pfp.targets;

import cn.gov.xinbei.pfp.shared.excel.Cells;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;

import java.util.List;

import static cn.gov.xinbei.pfp.shared.excel.Cells.number;
import static cn.gov.xinbei.pfp.shared.excel.Cells.text;

/**
 * The year-end report as an .xlsx workbook. A town's report: one sheet with every target. The district's report: a
 * summary sheet ({@value #SUMMARY}, the district's figures) and one sheet per town. Each sheet: title (row 1), period
 * and source (row 2), header (row 3), one row per target from row 4: every target, its value, numerator and
 * denominator, status and formula.
 */
public final class TargetsWorkbook {

    public static final String SUMMARY = "全区汇总";
    /** The title of the per-town comparison below the district's rows on the summary sheet. */
    public static final String COMPARISON = "各镇（街道）计算指标对比";
    public static final String[] HEADER = {"序号", "考核类别", "指标", "目标", "计算指标", "分子", "分母", "待核实",
            "完成值", "状态", "计算方法", "说明"};
    public static final int FIRST_DATA_ROW = 3;
    private static final int[] WIDTHS = {6, 18, 36, 24, 26, 8, 8, 8, 10, 10, 60, 40};

    private static final short TITLE_POINTS = 14;

    private TargetsWorkbook() {
    }

    /** A town's report (one sheet), or with {@code towns} the district's: summary first, then one sheet per town. */
    public static byte[] write(TargetReports.Report main, List<TargetReports.Report> towns) {
        return Cells.xlsx(workbook -> {
            Styles styles = new Styles(workbook);
            if (towns.isEmpty()) {
                sheet(workbook, main.townName(), main, styles);
            } else {
                Sheet summary = sheet(workbook, SUMMARY, main, styles);
                comparison(summary, main, towns, styles);
                for (TargetReports.Report town : towns) {
                    sheet(workbook, town.townName(), town, styles);
                }
            }
        });
    }

    private static Sheet sheet(Workbook workbook, String name, TargetReports.Report report, Styles styles) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        text(sheet.createRow(0), 0, report.townName() + report.year() + "年人口和计划生育目标任务完成情况", styles.title);
        text(sheet.createRow(1), 0, "考核期间：" + report.from() + " 至 " + report.to() + "；目标依据：" + report.source(),
                styles.plain);
        Cells.header(sheet, 2, HEADER, styles.header);
        int r = FIRST_DATA_ROW;
        for (TargetReports.Row row : report.rows()) {
            Row line = sheet.createRow(r);
            number(line, 0, r - FIRST_DATA_ROW + 1, styles.integer);
            text(line, 1, row.annexName(), styles.text);
            text(line, 2, row.name(), styles.text);
            text(line, 3, row.target(), styles.text);
            text(line, 4, row.indicatorLabel() == null ? "" : row.indicatorLabel(), styles.text);
            count(line, 5, row.numerator(), styles);
            count(line, 6, row.denominator(), styles);
            count(line, 7, row.pending(), styles);
            Cell value = line.createCell(8);
            if (row.value() != null) {
                value.setCellValue(row.value().doubleValue());
                value.setCellStyle(styles.decimal);
            } else {
                value.setCellStyle(styles.text);
            }
            text(line, 9, row.statusLabel(), styles.text);
            text(line, 10, row.formula() == null ? "" : row.formula(), styles.wrapped);
            text(line, 11, row.note() == null ? "" : row.note(), styles.wrapped);
            r++;
        }
        Cells.widths(sheet, WIDTHS);
        sheet.createFreezePane(3, FIRST_DATA_ROW);
        return sheet;
    }

    /**
     * Below the district's rows, after one empty row: {@value #COMPARISON}, one row per town and one column per
     * computed target, each cell "value（status）", e.g. "98.00%（达标）".
     */
    private static void comparison(Sheet sheet, TargetReports.Report district, List<TargetReports.Report> towns,
                                   Styles styles) {
        List<TargetReports.Row> computed = district.rows().stream().filter(r -> r.indicator() != null).toList();
        int r = sheet.getLastRowNum() + 2;
        text(sheet.createRow(r++), 0, COMPARISON, styles.title);
        Row header = sheet.createRow(r++);
        text(header, 0, "镇（街道）", styles.header);
        for (int c = 0; c < computed.size(); c++) {
            text(header, c + 1, computed.get(c).name(), styles.header);
        }
        for (TargetReports.Report town : towns) {
            Row line = sheet.createRow(r++);
            text(line, 0, town.townName(), styles.text);
            for (int c = 0; c < computed.size(); c++) {
                String key = computed.get(c).key();
                TargetReports.Row row = town.rows().stream().filter(x -> x.key().equals(key)).findFirst().orElse(null);
                text(line, c + 1, row == null ? "" : cellText(row), styles.wrapped);
            }
        }
    }

    static String cellText(TargetReports.Row row) {
        String value = row.value() == null ? "—" : row.value().toPlainString() + row.unit();
        return value + "（" + row.statusLabel() + "）";
    }

    private static void count(Row row, int column, Long value, Styles styles) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
            cell.setCellStyle(styles.integer);
        } else {
            cell.setCellStyle(styles.text);
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle plain;
        final CellStyle header;
        final CellStyle text;
        final CellStyle wrapped;
        final CellStyle integer;
        final CellStyle decimal;

        Styles(Workbook workbook) {
            Font bold = Cells.bold(workbook);
            Font big = Cells.bold(workbook);
            big.setFontHeightInPoints(TITLE_POINTS);
            title = Cells.withFont(workbook, big);
            plain = Cells.withFont(workbook, null);
            header = Cells.bordered(workbook, null, bold);
            text = Cells.bordered(workbook);
            wrapped = Cells.bordered(workbook);
            wrapped.setWrapText(true);
            integer = Cells.bordered(workbook, "0", null);
            decimal = Cells.bordered(workbook, "0.00", null);
        }
    }
}
