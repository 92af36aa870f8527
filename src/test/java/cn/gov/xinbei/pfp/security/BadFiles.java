package cn.gov.xinbei.pfp.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Bad uploads for {@link AttackSuite} (multipart bodies for the API's and the desk's department data): files that are
 * empty, no spreadsheet, broken, binary or over the size limit, fields that are missing or hostile, and a good row of the
 * police's births with one cell at a time made hostile, as CSV text and as an Excel cell of every type.
 */
final class BadFiles {

    private BadFiles() {
    }

    static final String BOUNDARY = "----attack16";
    static final String HUGE = "huge";

    /** The police's birth registrations (DepartmentDataTest's header and a good row). */
    private static final String POLICE_HEADER = "出生日期,婴儿姓名,婴儿性别,婴儿公民身份号码,孩次,母亲姓名,母亲公民身份号码,"
            + "父亲姓名,父亲公民身份号码";
    private static final List<String> POLICE_ROW = List.of("2012-02-10", "陈小明", "男", "320411201202100015", "1",
            "王芳", "320411198503010027", "陈刚", "320411198307070014");
    private static final List<String> BAD_CELLS = List.of("x".repeat(300), "王\u202E芳", "a\u0007b", "0000-01-01",
            "9999-12-31", "2012-02-30", "=HYPERLINK(\"http://evil.example\")", "-1", "99999999999999999999",
            "' OR 1=1 --", "", BadInputs.ID18);

    static List<Map.Entry<String, byte[]>> all() throws IOException {
        List<Map.Entry<String, byte[]>> files = new ArrayList<>(fixedBadFiles());
        Map<String, String> fields = Map.of("kind", "BIRTH_REGISTRATION", "town", "chunjiang", "month", "2012-02");
        for (int column = 0; column < POLICE_ROW.size(); column++) {
            for (String cell : BAD_CELLS) {
                List<String> row = new ArrayList<>(POLICE_ROW);
                row.set(column, cell.contains(",") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
                files.add(Map.entry("row " + POLICE_HEADER.split(",")[column] + "=" + BadInputs.label(cell),
                        multipart(fields, "births.csv", (POLICE_HEADER + "\n" + String.join(",", row) + "\n")
                                .getBytes(StandardCharsets.UTF_8))));
            }
        }
        files.addAll(badWorkbooks(fields));
        return files;
    }

    /** Excel files whose cells are of every type but text: numbers for IDs, formulas, errors, dates, booleans. */
    private static List<Map.Entry<String, byte[]>> badWorkbooks(Map<String, String> fields) throws IOException {
        List<Map.Entry<String, byte[]>> files = new ArrayList<>();
        List<Consumer<org.apache.poi.ss.usermodel.Cell>> kinds = List.of(
                cell -> cell.setCellValue(3.20411201202100015E17), cell -> cell.setCellFormula("1/0"),
                cell -> cell.setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.REF.getCode()),
                cell -> cell.setCellValue(true), cell -> cell.setCellValue(java.time.LocalDate.of(1, 1, 1)),
                cell -> cell.setCellValue(-1e308), cell -> cell.setCellFormula("HYPERLINK(\"http://evil.example\")"),
                cell -> cell.setBlank());
        for (int column = 0; column < POLICE_ROW.size(); column++) {
            for (int kind = 0; kind < kinds.size(); kind++) {
                try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                     var out = new ByteArrayOutputStream()) {
                    var sheet = workbook.createSheet();
                    var header = sheet.createRow(0);
                    var row = sheet.createRow(1);
                    String[] names = POLICE_HEADER.split(",");
                    for (int c = 0; c < names.length; c++) {
                        header.createCell(c).setCellValue(names[c]);
                        row.createCell(c).setCellValue(POLICE_ROW.get(c));
                    }
                    kinds.get(kind).accept(row.getCell(column));
                    workbook.write(out);
                    files.add(Map.entry("xlsx " + names[column] + " cell kind " + kind,
                            multipart(fields, "births.xlsx", out.toByteArray())));
                }
            }
        }
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            workbook.write(out); // no sheet at all
            files.add(Map.entry("xlsx without a sheet", multipart(fields, "births.xlsx", out.toByteArray())));
        }
        return files;
    }

    private static List<Map.Entry<String, byte[]>> fixedBadFiles() throws IOException {
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5};
        byte[] big = new byte[11 * 1024 * 1024]; // over spring.servlet.multipart.max-file-size (config/web.yml)
        java.util.Arrays.fill(big, (byte) 'a');
        String header = "出生日期,婴儿姓名,婴儿性别,婴儿公民身份号码,孩次,母亲姓名,母亲公民身份号码\n";
        return List.of(
                Map.entry("empty file", multipart(Map.of("kind", "BIRTH_REGISTRATION", "town", "chunjiang",
                        "month", "2012-02"), "births.xlsx", new byte[0])),
                Map.entry("not Excel", multipart(Map.of("kind", "BIRTH_REGISTRATION", "town", "chunjiang",
                        "month", "2012-02"), "births.xlsx", "this is no spreadsheet".getBytes(StandardCharsets.UTF_8))),
                Map.entry("broken zip", multipart(Map.of("kind", "BIRTH_REGISTRATION", "town", "chunjiang",
                        "month", "2012-02"), "births.xlsx", zip)),
                Map.entry(HUGE, multipart(Map.of("kind", "BIRTH_REGISTRATION", "town", "chunjiang",
                        "month", "2012-02"), "births.csv", big)),
                Map.entry("bad rows", multipart(Map.of("kind", "BIRTH_REGISTRATION", "town", "chunjiang",
                        "month", "2012-02"), "births.csv", (header + "2012-02-30,王\u202E芳,X," + BadInputs.ID18
                        + ",abc,李,' OR 1=1 --\n").getBytes(StandardCharsets.UTF_8))),
                Map.entry("binary as CSV", multipart(Map.of("kind", "BIRTH_REGISTRATION", "town", "chunjiang",
                        "month", "2012-02"), "births.csv", new byte[] {0, (byte) 0xFF, (byte) 0xFE, 0x1B, 0})),
                Map.entry("unknown kind", multipart(Map.of("kind", "NO_SUCH_KIND", "town", "chunjiang",
                        "month", "2012-02"), "births.csv", header.getBytes(StandardCharsets.UTF_8))),
                Map.entry("bad month", multipart(Map.of("kind", "BIRTH_REGISTRATION", "town", "chunjiang",
                        "month", "2012-13"), "births.csv", header.getBytes(StandardCharsets.UTF_8))),
                Map.entry("month 0000", multipart(Map.of("kind", "BIRTH_REGISTRATION", "town", "chunjiang",
                        "month", "0000-01"), "births.csv", header.getBytes(StandardCharsets.UTF_8))),
                Map.entry("hostile town", multipart(Map.of("kind", "BIRTH_REGISTRATION", "town", "../etc' OR 1=1",
                        "month", "2012-02"), "births.csv", header.getBytes(StandardCharsets.UTF_8))),
                Map.entry("no file", multipart(Map.of("kind", "BIRTH_REGISTRATION", "town", "chunjiang",
                        "month", "2012-02"), null, null)),
                Map.entry("no fields", multipart(Map.of(), "births.csv", header.getBytes(StandardCharsets.UTF_8))),
                Map.entry("hostile file name", multipart(Map.of("kind", "BIRTH_REGISTRATION", "town", "chunjiang",
                        "month", "2012-02"), "../../\u202Eslx.exe", header.getBytes(StandardCharsets.UTF_8))),
                Map.entry("not multipart at all", "kind=BIRTH_REGISTRATION".getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] multipart(Map<String, String> fields, String fileName, byte[] file) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var field : new java.util.TreeMap<>(fields).entrySet()) {
            body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (fileName != null) {
            body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(file);
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
