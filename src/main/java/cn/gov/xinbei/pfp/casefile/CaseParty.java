package cn.gov.xinbei.pfp.casefile;

import cn.gov.xinbei.pfp.casefile.domain.NameParts;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A person a case is about. The full ID number is kept because certificates and decisions need it;
 * everything that lists parties shows {@link #getIdNumberMasked()} instead.
 */
@Entity
@Table(name = "case_party")
public class CaseParty {

    public enum Role { WIFE, HUSBAND, CHILD, PAYER, REPORTER, SUBJECT, BENEFICIARY, FATHER, MOTHER, APPLICANT }

    @Id
    private String id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private CaseFile caseFile;
    @Enumerated(EnumType.STRING)
    @Column(name = "party_role", nullable = false)
    private Role role;
    @Column(name = "full_name", nullable = false)
    private String fullName;
    @Column(name = "id_number", nullable = false)
    private String idNumber;
    @Column(name = "id_number_masked", nullable = false)
    private String idNumberMasked;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    private String sex;
    /** What the workspace's search by a part of a name looks up; written with the party, never changed. */
    @ElementCollection
    @CollectionTable(name = "case_party_name_part", joinColumns = @JoinColumn(name = "party_id"))
    private Set<CasePartyNamePart> nameParts = new HashSet<>();

    protected CaseParty() {
    }

    public CaseParty(Role role, String fullName, String idNumber, String idNumberMasked, LocalDate birthDate, String sex) {
        this.id = UUID.randomUUID().toString();
        this.role = role;
        this.fullName = fullName;
        this.idNumber = idNumber;
        this.idNumberMasked = idNumberMasked;
        this.birthDate = birthDate;
        this.sex = sex;
    }

    void attachTo(CaseFile caseFile) {
        this.caseFile = caseFile;
        this.nameParts = new HashSet<>();
        NameParts.of(fullName).forEach(part -> nameParts.add(new CasePartyNamePart(part, caseFile.getId())));
    }

    public Role getRole() { return role; }
    public String getFullName() { return fullName; }
    public String getIdNumber() { return idNumber; }
    public String getIdNumberMasked() { return idNumberMasked; }
    public LocalDate getBirthDate() { return birthDate; }
    public String getSex() { return sex; }

    @Override
    public String toString() {
        return "CaseParty[" + role + ", " + idNumberMasked + "]";
    }
}
