package cn.gov.xinbei.pfp.shared.persistence;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * An entity whose id the application assigns (a UUID, the engine's task id, its case's id). Spring Data takes an
 * entity with an id and no version for a stored one and merges it, which reads the row first: one SELECT before every
 * INSERT. An entity of this kind is new until it has been persisted or loaded, so {@code save()} inserts it at once.
 * Build one only for a row that does not exist yet; change a stored row on the instance that was loaded.
 */
@MappedSuperclass
public abstract class AssignedIdEntity<ID> implements Persistable<ID> {

    @Transient
    private boolean stored;

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostPersist
    @PostLoad
    void markStored() {
        stored = true;
    }
}
