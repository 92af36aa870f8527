package cn.gov.xinbei.pfp.departmentdata;

import cn.gov.xinbei.pfp.departmentdata.domain.BadFileException;
import cn.gov.xinbei.pfp.departmentdata.domain.RawRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads an uploaded file into rows: CSV (UTF-8, with or without BOM) or Excel .xlsx (first sheet). Header first. */
public final class DepartmentFileReader {

    public enum Format { CSV, XLSX }

    private DepartmentFileReader() {
    }

    public static Format formatOf(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xls")) {
            throw new BadFileException("不支持旧版Excel（.xls）文件，请另存为.xlsx或CSV（UTF-8）后上传");
        }
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        if (name.endsWith(".xlsx") || zip) {
            return Format.XLSX;
        }
        return Format.CSV;
    }

    public static List<RawRow> read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new BadFileException("上传的文件是空的");
        }
        return formatOf(fileName, content) == Format.XLSX ? readXlsx(content) : readCsv(content);
    }

    static List<RawRow> readCsv(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new BadFileException("CSV文件不是UTF-8编码，请在Excel中“另存为 CSV UTF-8”后重新上传");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<RawRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>();
                record.forEach(cells::add);
                rows.add(new RawRow((int) record.getRecordNumber(), cells));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new BadFileException("CSV文件格式有误，无法读取（请检查引号是否成对）");
        }
        return rows;
    }

    static List<RawRow> readXlsx(byte[] content) {
        List<RawRow> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.CHINA);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new BadFileException("Excel文件中没有工作表");
            }
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
                    cells.add(text(row.getCell(i), formatter));
                }
                rows.add(new RawRow(row.getRowNum() + 1, cells));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadFileException bad) {
                throw bad;
            }
            throw new BadFileException("无法读取Excel文件，请确认是.xlsx格式");
        }
        return rows;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell);
    }
}
