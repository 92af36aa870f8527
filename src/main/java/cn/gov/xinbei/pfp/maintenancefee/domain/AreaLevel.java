package cn.gov.xinbei.pfp.maintenancefee.domain;

/** Levels of the administrative areas the base figures are published for. */
public enum AreaLevel {
    /** 设区的市 (e.g. 常州市 320400): its urban figure is the urban base for its districts. */
    CITY("设区的市", true),
    /** 县 or 县级市: its own urban figure is the urban base. */
    COUNTY("县（市）", true),
    /** 市辖区 (e.g. 新北区 320411): not a base area; the city's urban figure applies. */
    DISTRICT("市辖区", false),
    /** 乡、镇 or 街道: its rural figure is the rural base. */
    TOWNSHIP("乡（镇）、街道", false);

    private final String label;
    private final boolean urbanBaseArea;

    AreaLevel(String label, boolean urbanBaseArea) {
        this.label = label;
        this.urbanBaseArea = urbanBaseArea;
    }

    public String label() {
        return label;
    }

    /** Whether the urban base is taken at this level ("设区的市或者县（市）"). */
    public boolean isUrbanBaseArea() {
        return urbanBaseArea;
    }
}
