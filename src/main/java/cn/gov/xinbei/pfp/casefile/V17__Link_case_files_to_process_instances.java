package cn.gov.xinbei.pfp.casefile;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Repairs the case files registered before the fix that keeps the link: until then every case file was stored with
 * an empty {@code process_instance_id}. The case's own process carries the case number as its business key and is the
 * first instance started with it (supervision and change processes of the same case start later). A Java migration
 * because on a new database Camunda may not have created its history table yet, and then there is nothing to repair.
 */
@Component
public class V17__Link_case_files_to_process_instances extends BaseJavaMigration {

    static final String LINK = """
            update case_file set process_instance_id = (
                select h.PROC_INST_ID_ from ACT_HI_PROCINST h
                where h.BUSINESS_KEY_ = case_file.case_number
                order by h.START_TIME_, h.ID_ limit 1)
            where process_instance_id is null""";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!hasTable(connection.getMetaData(), connection.getCatalog(), "ACT_HI_PROCINST")) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(LINK);
        }
    }

    /** Whether the engine has created table {@code name} yet (upper or lower case, as the database keeps it). */
    static boolean hasTable(DatabaseMetaData metaData, String catalog, String name) throws SQLException {
        for (String candidate : new String[] {name, name.toLowerCase()}) {
            try (ResultSet tables = metaData.getTables(catalog, null, candidate, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
