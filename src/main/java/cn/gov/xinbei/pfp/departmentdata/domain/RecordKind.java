package cn.gov.xinbei.pfp.departmentdata.domain;

/**
 * The kinds of monthly data the departments give (SEED annex 3, REFERENCE.md 1.3): the police's new-birth and
 * in-migration hukou registrations, the health centres' pregnancies, births and the four surgeries (四项手术), and the
 * marriage registrations, the HR stations' hiring checks. Which department sends a kind, and its columns, are configuration (config/department-data.yml).
 */
public enum RecordKind {
    BIRTH_REGISTRATION,
    IN_MIGRATION,
    PREGNANCY,
    BIRTH,
    SURGERY,
    MARRIAGE,
    /** The HR stations' checks of hired migrant workers' 《流动人口婚育证明》 (SEED annex 3; 条例 art. 9, 15). */
    HIRING_CHECK;

    /** Kinds that report a birth and so get a birth check (one per birth, however many departments report it). */
    public boolean reportsBirth() {
        return this == BIRTH || this == BIRTH_REGISTRATION;
    }

    public static java.util.Optional<RecordKind> parse(String raw) {
        if (raw == null) {
            return java.util.Optional.empty();
        }
        for (RecordKind kind : values()) {
            if (kind.name().equalsIgnoreCase(raw.strip())) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
