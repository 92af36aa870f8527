package cn.gov.xinbei.pfp.departmentdata.domain;

/** Why a row was rejected: its line, the column (Chinese header, or null for the whole row) and the reason in Chinese. */
public record RowProblem(int lineNumber, String column, String message) {
}
