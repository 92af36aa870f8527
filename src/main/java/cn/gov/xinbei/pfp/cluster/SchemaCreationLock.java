package cn.gov.xinbei.pfp.cluster;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;

/**
 * Nodes starting at the same moment on an empty MySQL/MariaDB database would both create the engine's tables and one
 * would die on "table exists" (tools/fault-test.sh found it). The engine's schema check and creation run between this
 * plugin's postInit and postProcessEngineBuild: in between, the node holds the database server's named lock
 * {@code GET_LOCK('xinbei-engine-schema:<database>')} on a connection of its own, so the second node waits and then
 * finds the tables made. A node that dies holding it loses its connection, and the server releases the lock with it.
 * The embedded H2 default has one node and takes no lock.
 */
@Component
public class SchemaCreationLock extends AbstractProcessEnginePlugin {

    private static final Set<String> NAMED_LOCK_DATABASES = Set.of("mysql", "mariadb");
    /** Longer than any schema creation or upgrade; a node that waits longer fails to start, saying why. */
    private static final int WAIT_SECONDS = 300;
    private static final Logger log = LoggerFactory.getLogger(SchemaCreationLock.class);

    private Connection held;
    private String lockName;

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (!NAMED_LOCK_DATABASES.contains(configuration.getDatabaseType())) {
            return;
        }
        try {
            held = configuration.getDataSource().getConnection();
            lockName = "xinbei-engine-schema:" + held.getCatalog();
            try (PreparedStatement lock = held.prepareStatement("select get_lock(?, ?)")) {
                lock.setString(1, lockName);
                lock.setInt(2, WAIT_SECONDS);
                try (ResultSet result = lock.executeQuery()) {
                    if (!result.next() || result.getInt(1) != 1) {
                        throw new ProcessEngineException("Another node held " + lockName + " for more than "
                                + WAIT_SECONDS + " s while creating or upgrading the engine's tables");
                    }
                }
            }
            log.debug("holding {} for the engine's schema check", lockName);
        } catch (SQLException e) {
            release();
            throw new ProcessEngineException("Could not take " + lockName + " for the engine's schema check", e);
        }
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        release();
    }

    private void release() {
        if (held == null) {
            return;
        }
        try (PreparedStatement unlock = held.prepareStatement("select release_lock(?)")) {
            unlock.setString(1, lockName);
            unlock.execute();
        } catch (SQLException e) {
            log.warn("Could not release {}: {} (released with the connection)", lockName, e.getMessage());
        } finally {
            try {
                held.close();
            } catch (SQLException e) {
                log.debug("closing the lock's connection", e);
            }
            held = null;
        }
    }
}
