package cn.gov.xinbei.pfp.web;

import cn.gov.xinbei.pfp.shared.validation.FieldViolation;

import java.util.List;

/** The one error body every endpoint of the project's API returns. Messages are Chinese, for users. */
public record ApiError(int status, String code, String message, List<FieldViolation> violations) {

    public static ApiError of(int status, String code, String message) {
        return new ApiError(status, code, message, List.of());
    }
}
