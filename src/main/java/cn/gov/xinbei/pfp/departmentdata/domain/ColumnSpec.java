package cn.gov.xinbei.pfp.departmentdata.domain;

import java.util.Map;
import java.util.Optional;

/**
 * One column of a kind's file: the field it fills, its Chinese header, whether every row must fill it, and for code
 * columns the allowed codes (code -> Chinese name; a cell may hold either) or a pattern the value must match.
 */
public record ColumnSpec(RecordField field, String header, boolean required, Map<String, String> codes,
                         String pattern) {

    public ColumnSpec {
        if (field == null || header == null || header.isBlank()) {
            throw new IllegalArgumentException("a column needs a field and a header");
        }
        codes = codes == null ? Map.of() : Map.copyOf(codes);
    }

    /** The code a cell stands for (given as the code or its Chinese name), if the column has codes. */
    public Optional<String> code(String cell) {
        for (Map.Entry<String, String> e : codes.entrySet()) {
            if (e.getKey().equalsIgnoreCase(cell) || e.getValue().equals(cell)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }
}
