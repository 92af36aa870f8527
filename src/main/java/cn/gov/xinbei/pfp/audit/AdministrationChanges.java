package cn.gov.xinbei.pfp.audit;

import java.time.Instant;
import java.util.List;

/**
 * Administration changes the application keeps itself (outside Camunda's operation log), for the administration log
 * page: a feature that lets administrators change data without a release implements it.
 */
public interface AdministrationChanges {

    record Change(Instant at, String user, String operation, String entity, List<String> details) {
    }

    List<Change> recent(int limit);
}
