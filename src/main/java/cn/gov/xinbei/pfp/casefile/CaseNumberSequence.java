package cn.gov.xinbei.pfp.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;

/** The next case number of one kind in one year. Rows are locked while a number is drawn. */
@Entity
@Table(name = "case_number_sequence")
public class CaseNumberSequence {

    @Embeddable
    public record Key(@Column(name = "case_kind") String kind, @Column(name = "case_year") int year)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;
    @Column(name = "next_value", nullable = false)
    private long nextValue;

    protected CaseNumberSequence() {
    }

    public CaseNumberSequence(Key key) {
        this.key = key;
        this.nextValue = 1;
    }

    long draw() {
        return nextValue++;
    }
}
