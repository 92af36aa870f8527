package cn.gov.xinbei.pfp.organization;

/** A department taking part in the cases (SEED annex 3), with the duty that brings it in. */
public record Department(String slug, String name, String duty) {
}
