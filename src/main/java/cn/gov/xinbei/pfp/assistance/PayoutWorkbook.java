package cn.gov.xinbei.pfp.assistance;

import cn.gov.xinbei.pfp.assistance.domain.AssistanceScheme;
import cn.gov.xinbei.pfp.shared.excel.Cells;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.gov.xinbei.pfp.shared.excel.Cells.number;
import static cn.gov.xinbei.pfp.shared.excel.Cells.text;

/**
 * The payout list as an .xlsx workbook: sheet {@value #ROSTER} (one row per person) and sheet {@value #SUMMARY}
 * (town × scheme, with row, column and grand totals). Amounts are numeric cells shown with two decimals.
 */
public final class PayoutWorkbook {

    public static final String ROSTER = "发放名册";
    public static final String SUMMARY = "汇总";
    static final String[] ROSTER_HEADER = {"序号", "姓名", "公民身份号码", "扶助项目", "类别", "金额（元）", "代发银行",
            "银行账号", "镇（街道）"};
    private static final int[] ROSTER_WIDTHS = {6, 12, 22, 34, 14, 14, 24, 24, 14};

    private static final String INTEGER_FORMAT = "0";
    private static final String AMOUNT_FORMAT = "#,##0.00";

    private PayoutWorkbook() {
    }

    public static byte[] write(AssistancePayouts.PayoutList list) {
        return Cells.xlsx(workbook -> {
            Styles styles = new Styles(workbook);
            roster(workbook.createSheet(ROSTER), list, styles);
            summary(workbook.createSheet(SUMMARY), list, styles);
        });
    }

    private static void roster(Sheet sheet, AssistancePayouts.PayoutList list, Styles styles) {
        header(sheet, ROSTER_HEADER, styles);
        int r = 1;
        for (AssistancePayouts.Row row : list.rows()) {
            Row line = sheet.createRow(r);
            number(line, 0, r, styles.integer);
            text(line, 1, row.name(), styles.text);
            text(line, 2, row.idNumberMasked(), styles.text);
            text(line, 3, row.schemeName(), styles.text);
            text(line, 4, row.subTypeName() == null ? "" : row.subTypeName(), styles.text);
            amount(line, 5, row.amount(), styles.amount);
            text(line, 6, row.agentBankName(), styles.text);
            // Text, not a number: a 19-digit account would lose its last digits as a spreadsheet number.
            text(line, 7, row.account(), styles.text);
            text(line, 8, row.townName(), styles.text);
            r++;
        }
        Row totalLine = sheet.createRow(r);
        text(totalLine, 1, "合计", styles.header);
        text(totalLine, 4, list.persons() + "人", styles.header);
        amount(totalLine, 5, list.total(), styles.amountBold);
        Cells.widths(sheet, ROSTER_WIDTHS);
        sheet.createFreezePane(0, 1);
    }

    /** Rows: towns; columns: the schemes present (persons and amount each), then the town's total. */
    private static void summary(Sheet sheet, AssistancePayouts.PayoutList list, Styles styles) {
        List<String> schemes = list.byScheme().stream().map(AssistancePayouts.SchemeTotal::scheme).toList();
        List<String> header = new ArrayList<>();
        header.add("镇（街道）");
        for (String scheme : schemes) {
            String name = AssistanceScheme.valueOf(scheme).shortName();
            header.add(name + "人数");
            header.add(name + "金额（元）");
        }
        header.add("合计人数");
        header.add("合计金额（元）");
        header(sheet, header.toArray(String[]::new), styles);

        Map<String, Map<String, AssistancePayouts.TownSchemeTotal>> cells = new LinkedHashMap<>();
        for (AssistancePayouts.TownSchemeTotal t : list.byTownAndScheme()) {
            cells.computeIfAbsent(t.town(), k -> new LinkedHashMap<>()).put(t.scheme(), t);
        }
        int r = 1;
        for (AssistancePayouts.TownTotal town : list.byTown()) {
            Row line = sheet.createRow(r++);
            text(line, 0, town.townName(), styles.text);
            int c = 1;
            for (String scheme : schemes) {
                AssistancePayouts.TownSchemeTotal cell = cells.get(town.town()).get(scheme);
                number(line, c++, cell == null ? 0 : cell.persons(), styles.integer);
                amount(line, c++, cell == null ? BigDecimal.ZERO : cell.amount(), styles.amount);
            }
            number(line, c++, town.persons(), styles.integer);
            amount(line, c, town.amount(), styles.amount);
        }
        Row totalLine = sheet.createRow(r);
        text(totalLine, 0, "合计", styles.header);
        int c = 1;
        for (AssistancePayouts.SchemeTotal scheme : list.byScheme()) {
            number(totalLine, c++, scheme.persons(), styles.integerBold);
            amount(totalLine, c++, scheme.amount(), styles.amountBold);
        }
        number(totalLine, c++, list.persons(), styles.integerBold);
        amount(totalLine, c, list.total(), styles.amountBold);
        sheet.setColumnWidth(0, 14 * 256);
        for (int i = 1; i < header.size(); i++) {
            sheet.setColumnWidth(i, 18 * 256);
        }
        sheet.createFreezePane(1, 1);
    }

    private static void header(Sheet sheet, String[] titles, Styles styles) {
        Cells.header(sheet, 0, titles, styles.header);
    }

    private static void amount(Row row, int column, BigDecimal value, CellStyle style) {
        number(row, column, value.doubleValue(), style);
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle integer;
        final CellStyle integerBold;
        final CellStyle amount;
        final CellStyle amountBold;

        Styles(Workbook workbook) {
            Font bold = Cells.bold(workbook);
            header = Cells.bordered(workbook, null, bold);
            text = Cells.bordered(workbook);
            integer = Cells.bordered(workbook, INTEGER_FORMAT, null);
            integerBold = Cells.bordered(workbook, INTEGER_FORMAT, bold);
            amount = Cells.bordered(workbook, AMOUNT_FORMAT, null);
            amountBold = Cells.bordered(workbook, AMOUNT_FORMAT, bold);
        }
    }
}
