package cn.gov.xinbei.pfp.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** A part of a party's name with the party's case, as the workspace's name search looks it up (V33). */
@Embeddable
public class CasePartyNamePart {

    @Column(name = "part", nullable = false)
    private String part;
    @Column(name = "case_id", nullable = false)
    private String caseId;

    protected CasePartyNamePart() {
    }

    CasePartyNamePart(String part, String caseId) {
        this.part = part;
        this.caseId = caseId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CasePartyNamePart that && part.equals(that.part) && caseId.equals(that.caseId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(part, caseId);
    }
}
