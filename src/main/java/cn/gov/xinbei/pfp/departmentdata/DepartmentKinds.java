package cn.gov.xinbei.pfp.departmentdata;

import cn.gov.xinbei.pfp.departmentdata.domain.ColumnSpec;
import cn.gov.xinbei.pfp.departmentdata.domain.KindSpec;
import cn.gov.xinbei.pfp.departmentdata.domain.RecordKind;
import cn.gov.xinbei.pfp.departmentdata.domain.RowValidator;
import cn.gov.xinbei.pfp.organization.Organization;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The configured kinds of monthly data, checked at start-up against the organization's departments. */
@Component
@EnableConfigurationProperties(DepartmentDataProperties.class)
public class DepartmentKinds {

    private final Map<RecordKind, KindSpec> specs = new EnumMap<>(RecordKind.class);
    private final DepartmentDataProperties properties;
    private final RowValidator validator;

    public DepartmentKinds(DepartmentDataProperties properties, Organization organization) {
        this.properties = properties;
        properties.kinds().forEach((kind, k) -> {
            if (organization.department(k.department()).isEmpty()) {
                throw new IllegalStateException("app.department-data.kinds." + kind + ".department '" + k.department()
                        + "' is not a department of config/organization.yml");
            }
            specs.put(kind, new KindSpec(kind, k.label(), k.department(), k.subjectSex(), k.partnerSex(),
                    k.columns().stream().map(c -> new ColumnSpec(c.field(), c.header(), c.required(), c.codes(),
                            c.pattern())).toList()));
        });
        this.validator = new RowValidator(properties.maxBirthOrder(), properties.maxNameLength());
    }

    public KindSpec spec(RecordKind kind) {
        return specs.get(kind);
    }

    public List<KindSpec> all() {
        return List.copyOf(specs.values());
    }

    /** The departments that send data, e.g. police, health, hr. */
    public List<String> departments() {
        return specs.values().stream().map(KindSpec::department).distinct().toList();
    }

    public Optional<String> labelOf(String kind) {
        return RecordKind.parse(kind).map(k -> specs.get(k).label());
    }

    public RowValidator validator() {
        return validator;
    }

    public DepartmentDataProperties properties() {
        return properties;
    }
}
