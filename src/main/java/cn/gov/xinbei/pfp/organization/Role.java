package cn.gov.xinbei.pfp.organization;

/** A role within a town or department. Group ids combine a unit and a role: {@code chunjiang-clerk}. */
public record Role(String code, String name, String description) {
}
