package cn.gov.xinbei.pfp.twonon;

import cn.gov.xinbei.pfp.shared.persistence.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named reporter's identity (two_non_reporter), kept apart from the case and read by the bureau only. */
@Entity
@Table(name = "two_non_reporter")
public class TwoNonReporter extends AssignedIdEntity<String> {

    @Id
    @Column(name = "case_id")
    private String caseId;
    @Column(name = "reporter_name")
    private String name;
    @Column(name = "reporter_contact")
    private String contact;

    protected TwoNonReporter() {
    }

    TwoNonReporter(String caseId, String name, String contact) {
        this.caseId = caseId;
        this.name = name;
        this.contact = contact;
    }

    public String getName() {
        return name;
    }

    public String getContact() {
        return contact;
    }

    @Override
    public String getId() {
        return caseId;
    }
}
