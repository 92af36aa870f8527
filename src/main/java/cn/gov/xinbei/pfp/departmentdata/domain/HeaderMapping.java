package cn.gov.xinbei.pfp.departmentdata.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which column of a file holds which field, read from its header row. A header with an unknown, repeated or missing
 * required column refuses the whole file (BadFileException), so nothing of a misread file is stored.
 */
public final class HeaderMapping {

    private static final char BOM = '\uFEFF';

    private final Map<RecordField, Integer> indexes;

    private HeaderMapping(Map<RecordField, Integer> indexes) {
        this.indexes = indexes;
    }

    public static HeaderMapping of(KindSpec spec, List<String> header) {
        if (header == null || header.stream().allMatch(h -> h == null || h.isBlank())) {
            throw new BadFileException("文件没有表头行。" + expected(spec));
        }
        Map<RecordField, Integer> indexes = new EnumMap<>(RecordField.class);
        for (int i = 0; i < header.size(); i++) {
            String name = clean(header.get(i));
            if (name.isEmpty()) {
                continue;
            }
            int index = i;
            ColumnSpec column = spec.columns().stream()
                    .filter(c -> c.header().equals(name) || c.field().jsonName().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new BadFileException("表头第" + (index + 1) + "列「" + name + "」不是" + spec.label()
                            + "数据的列。" + expected(spec)));
            if (indexes.putIfAbsent(column.field(), i) != null) {
                throw new BadFileException("表头中「" + column.header() + "」列出现了两次。" + expected(spec));
            }
        }
        List<String> missing = new ArrayList<>();
        spec.columns().stream().filter(ColumnSpec::required).filter(c -> !indexes.containsKey(c.field()))
                .forEach(c -> missing.add(c.header()));
        if (!missing.isEmpty()) {
            throw new BadFileException("表头缺少必填列：" + String.join("、", missing) + "。" + expected(spec));
        }
        return new HeaderMapping(indexes);
    }

    private static String expected(KindSpec spec) {
        return spec.label() + "数据的表头应为：" + spec.headerLine();
    }

    private static String clean(String cell) {
        if (cell == null) {
            return "";
        }
        String s = cell.strip();
        while (!s.isEmpty() && s.charAt(0) == BOM) {
            s = s.substring(1).strip();
        }
        return s;
    }

    /** The row's cells by field; fields without a column or with an empty cell are absent. */
    public Map<RecordField, String> values(RawRow row) {
        Map<RecordField, String> values = new EnumMap<>(RecordField.class);
        indexes.forEach((field, index) -> {
            if (index < row.cells().size()) {
                String cell = row.cells().get(index).strip();
                if (!cell.isEmpty()) {
                    values.put(field, cell);
                }
            }
        });
        return values;
    }
}
