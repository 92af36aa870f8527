package cn.gov.xinbei.pfp.holidaynotice;

import cn.gov.xinbei.pfp.audit.AdministrationChanges;
import cn.gov.xinbei.pfp.calendar.domain.HolidayYear;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The holiday notices published on the desk (table holiday_notice, V14): the newest of a year is in force. */
@Repository
public class PublishedNotices implements AdministrationChanges {

    /** One publication; {@code arrangement} is what the text was parsed into when it was confirmed. */
    public record Publication(String id, int year, String title, String text, HolidayYear arrangement,
                              String publishedBy, Instant publishedAt, int recalculated, int notRecalculated) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public PublishedNotices(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public String add(HolidayYear arrangement, String text, String publishedBy, Instant publishedAt) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                        insert into holiday_notice (id, notice_year, title, notice_text, arrangement, published_by,
                                                    published_at, recalculated, not_recalculated)
                        values (:id, :year, :title, :text, :arrangement, :by, :at, 0, 0)""")
                .param("id", id).param("year", arrangement.year()).param("title", arrangement.source())
                .param("text", text).param("arrangement", write(arrangement)).param("by", publishedBy)
                .param("at", Timestamp.from(publishedAt))
                .update();
        return id;
    }

    public void recordRecalculation(String id, int recalculated, int notRecalculated) {
        jdbc.sql("update holiday_notice set recalculated = :r, not_recalculated = :n where id = :id")
                .param("r", recalculated).param("n", notRecalculated).param("id", id).update();
    }

    /** Every publication, newest first. */
    public List<Publication> all() {
        return jdbc.sql("select * from holiday_notice order by published_at desc, notice_year desc")
                .query((rs, i) -> new Publication(rs.getString("id"), rs.getInt("notice_year"), rs.getString("title"),
                        rs.getString("notice_text"), read(rs.getString("arrangement")), rs.getString("published_by"),
                        rs.getTimestamp("published_at").toInstant(), rs.getInt("recalculated"),
                        rs.getInt("not_recalculated")))
                .list();
    }

    /** The publication in force for each year: the newest. */
    public List<Publication> inForce() {
        var newest = new java.util.LinkedHashMap<Integer, Publication>();
        for (Publication p : all()) {
            newest.putIfAbsent(p.year(), p);
        }
        return List.copyOf(newest.values());
    }

    /** Each publication in the administration log (/desk/audit). */
    @Override
    public List<Change> recent(int limit) {
        return all().stream().limit(limit).map(p -> new Change(p.publishedAt(), p.publishedBy(), "发布",
                "节假日安排", List.of(p.year() + "年：" + p.title(),
                        "重算期限 " + p.recalculated() + " 项，未能重算 " + p.notRecalculated() + " 项"))).toList();
    }

    private String write(HolidayYear year) {
        try {
            return json.writeValueAsString(year);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("holiday arrangement cannot be written as JSON", e);
        }
    }

    private HolidayYear read(String text) {
        try {
            return json.readValue(text, HolidayYear.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored holiday arrangement cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
