package cn.gov.xinbei.pfp.departmentdata.domain;

import java.util.List;

/** One row of a file as read, with its line number (the file's line or the spreadsheet's row, header = 1). */
public record RawRow(int lineNumber, List<String> cells) {

    public RawRow {
        cells = cells.stream().map(c -> c == null ? "" : c).toList();
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
