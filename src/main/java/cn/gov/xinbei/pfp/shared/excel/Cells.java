package cn.gov.xinbei.pfp.shared.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * Small Apache POI helpers the .xlsx exports share: write a workbook to bytes, text and number cells, a header row,
 * column widths and the common cell styles. A null style leaves the cell with the workbook's default style.
 */
public final class Cells {

    private Cells() {
    }

    /** Rows kept in memory while a sheet is written; earlier rows go to a compressed temporary file. */
    private static final int ROWS_IN_MEMORY = 200;

    /**
     * A new .xlsx workbook filled by {@code content}, as bytes. Written as a stream (POI's SXSSF): a list of 100,000
     * rows does not hold 100,000 rows of XML objects in the heap, only the last {@link #ROWS_IN_MEMORY}; so rows must be
     * created in order, as every export here does.
     */
    public static byte[] xlsx(Consumer<Workbook> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx(out, content);
        return out.toByteArray();
    }

    /**
     * The same workbook written to {@code out} (an HTTP response): nothing is written until every row is made, so an
     * error while making them can still be answered as an error; then the file goes out without being held in memory.
     */
    public static void xlsx(OutputStream out, Consumer<Workbook> content) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        workbook.setCompressTempFiles(true);
        try (workbook) {
            content.accept(workbook);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    public static Cell text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        styled(cell, style);
        return cell;
    }

    public static Cell number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        styled(cell, style);
        return cell;
    }

    /** Row {@code rowIndex} with one cell per title. */
    public static Row header(Sheet sheet, int rowIndex, String[] titles, CellStyle style) {
        Row row = sheet.createRow(rowIndex);
        for (int c = 0; c < titles.length; c++) {
            text(row, c, titles[c], style);
        }
        return row;
    }

    /** Column widths in characters (plus half a character of padding). */
    public static void widths(Sheet sheet, int[] widths) {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256 + 128);
        }
    }

    public static Font bold(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        return bold;
    }

    /** A style with the given font (null: the default font). */
    public static CellStyle withFont(Workbook workbook, Font font) {
        CellStyle style = workbook.createCellStyle();
        if (font != null) {
            style.setFont(font);
        }
        return style;
    }

    /** A style with thin borders on all four sides. */
    public static CellStyle bordered(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    /** {@link #bordered} with a number format such as "0" or "#,##0.00", and bold when {@code font} is given. */
    public static CellStyle bordered(Workbook workbook, String format, Font font) {
        CellStyle style = bordered(workbook);
        if (format != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        if (font != null) {
            style.setFont(font);
        }
        return style;
    }

    private static void styled(Cell cell, CellStyle style) {
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
