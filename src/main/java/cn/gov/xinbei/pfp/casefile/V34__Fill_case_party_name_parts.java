package cn.gov.xinbei.pfp.casefile;

import cn.gov.xinbei.pfp.casefile.domain.NameParts;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fills case_party_name_part (V33) for the parties recorded before it, so the search by a part of a name finds every
 * case, old and new. A Java migration because the parts are cut in code ({@link NameParts}, the same rule the
 * application writes them with); inserted in batches.
 */
@Component
public class V34__Fill_case_party_name_parts extends BaseJavaMigration {

    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement parties = connection.createStatement();
             ResultSet rows = parties.executeQuery("select id, case_id, full_name from case_party");
             PreparedStatement insert = connection.prepareStatement(
                     "insert into case_party_name_part (party_id, part, case_id) values (?, ?, ?)")) {
            int pending = 0;
            while (rows.next()) {
                for (String part : NameParts.of(rows.getString("full_name"))) {
                    insert.setString(1, rows.getString("id"));
                    insert.setString(2, part);
                    insert.setString(3, rows.getString("case_id"));
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }
}
