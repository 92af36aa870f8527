package cn.gov.xinbei.pfp.assistance.domain;

/** Why a new entitlement may not be registered: the existing one it collides with and a Chinese message. */
public record EntitlementConflict(Entitlement existing, String message) {
}
