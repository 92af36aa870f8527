package cn.gov.xinbei.pfp.organization;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/organization")
@Tag(name = "组织", description = "Towns, departments, roles and the groups tasks are routed to")
public class OrganizationController {

    private final Organization organization;

    public OrganizationController(Organization organization) {
        this.organization = organization;
    }

    public record OrganizationView(String districtCode, String districtName, List<Town> towns,
                                   List<Department> departments, List<Role> roles, Map<String, String> groups) {
    }

    @GetMapping
    @Operation(summary = "镇（街道）、部门、角色及任务分派组")
    public OrganizationView organization() {
        return new OrganizationView(organization.districtCode(), organization.districtName(), organization.towns(),
                organization.departments(), organization.roles(), organization.allGroups());
    }
}
