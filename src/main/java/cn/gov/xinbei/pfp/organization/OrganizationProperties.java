package cn.gov.xinbei.pfp.organization;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/** Bound from config/organization.yml. */
@ConfigurationProperties(prefix = "app.organization")
public record OrganizationProperties(District district, List<Town> towns, List<Department> departments, List<Role> roles) {

    public record District(String code, String name) {
    }
}
