package cn.gov.xinbei.pfp.departmentdata.domain;

import cn.gov.xinbei.pfp.residentid.Sex;

import java.util.List;
import java.util.Optional;

/**
 * A kind of monthly data as configured: its Chinese name, the department whose liaisons send it, its columns, and
 * the sex the subject's and partner's ID numbers must show (the mother of a birth is a woman), if any.
 */
public record KindSpec(RecordKind kind, String label, String department, Sex subjectSex, Sex partnerSex,
                       List<ColumnSpec> columns) {

    public KindSpec {
        columns = List.copyOf(columns);
        for (RecordField needed : new RecordField[] {RecordField.EVENT_DATE, RecordField.SUBJECT_NAME, RecordField.SUBJECT_ID}) {
            if (column(needed, columns).filter(ColumnSpec::required).isEmpty()) {
                throw new IllegalArgumentException(kind + " needs a required " + needed + " column");
            }
        }
        requireHiringCheckColumns(kind, columns);
        if (kind.reportsBirth()) {
            for (RecordField needed : new RecordField[] {RecordField.CHILD_SEX, RecordField.BIRTH_ORDER, RecordField.CHILD_DOCUMENT}) {
                if (column(needed, columns).filter(ColumnSpec::required).isEmpty()) {
                    throw new IllegalArgumentException(kind + " reports births and needs a required " + needed + " column");
                }
            }
        }
    }

    private static void requireHiringCheckColumns(RecordKind kind, List<ColumnSpec> columns) {
        if (kind != RecordKind.HIRING_CHECK) {
            return;
        }
        for (RecordField needed : new RecordField[] {RecordField.EMPLOYER, RecordField.CERTIFICATE_PRESENTED}) {
            if (column(needed, columns).filter(ColumnSpec::required).isEmpty()) {
                throw new IllegalArgumentException(kind + " needs a required " + needed + " column");
            }
        }
        if (column(RecordField.CERTIFICATE_NUMBER, columns).isEmpty()) {
            throw new IllegalArgumentException(kind + " needs a " + RecordField.CERTIFICATE_NUMBER + " column");
        }
    }

    public Optional<ColumnSpec> column(RecordField field) {
        return column(field, columns);
    }

    private static Optional<ColumnSpec> column(RecordField field, List<ColumnSpec> columns) {
        return columns.stream().filter(c -> c.field() == field).findFirst();
    }

    public String headerLine() {
        return String.join("、", columns.stream().map(c -> c.required() ? c.header() : c.header() + "（可选）").toList());
    }
}
