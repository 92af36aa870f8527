package cn.gov.xinbei.pfp.migrantexchange;

import cn.gov.xinbei.pfp.migrantcertificate.domain.MaritalStatus;
import cn.gov.xinbei.pfp.migrantexchange.domain.Notice;
import cn.gov.xinbei.pfp.migrantexchange.domain.NoticeSubject;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.Town;
import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The notices Xinbei's towns send (《流动人口计划生育工作条例》 art. 6: 信息通报 between the hukou town and the town of
 * residence): for a resident leaving to work elsewhere, the 婚育证明 issued (art. 7), to the place she goes; for a
 * migrant registered here, the result of the certificate check and the services she was told of (art. 8, 10), to
 * her hukou place. An arrival the HR station reported is sent once the town has checked it. Births of residents
 * living elsewhere are not sent: the case file does not record where a resident lives when her birth is registered.
 */
@Component
@Transactional(readOnly = true)
public class OutgoingNotices {

    private final JdbcClient jdbc;
    private final Organization organization;
    private final MigrantExchangeProperties properties;

    public OutgoingNotices(JdbcClient jdbc, Organization organization, MigrantExchangeProperties properties) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.properties = properties;
    }

    /** @param towns null for all towns */
    public List<Notice> inPeriod(List<String> towns, LocalDate from, LocalDate to) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", from);
        params.put("to", to);
        String townFilter = "";
        if (towns != null) {
            townFilter = " and f.town_slug in (:towns)";
            params.put("towns", towns.isEmpty() ? List.of("-") : towns);
        }
        List<Notice> notices = new ArrayList<>();
        notices.addAll(jdbc.sql(CERTIFICATES + " and m.decided_on between :from and :to" + townFilter)
                .params(params).query((rs, n) -> certificate(rs)).list());
        notices.addAll(jdbc.sql(ARRIVALS + " and f.applied_on between :from and :to" + townFilter)
                .params(params).query((rs, n) -> arrival(rs)).list());
        notices.sort(Comparator.comparing(Notice::date).thenComparing(Notice::number));
        return notices;
    }

    /** The notice of one case, when it has one to send (a certificate issued, an arrival checked). */
    public java.util.Optional<Notice> ofCase(String caseNumber) {
        return jdbc.sql(CERTIFICATES + " and f.case_number = :n").param("n", caseNumber)
                .query((rs, n) -> certificate(rs)).optional()
                .or(() -> jdbc.sql(ARRIVALS + " and f.case_number = :n").param("n", caseNumber)
                        .query((rs, n) -> arrival(rs)).optional());
    }

    private static final String CERTIFICATES = "select f.case_number, f.town_slug, p.full_name, p.id_number,"
            + " m.destination_address, m.certificate_number, m.valid_until, m.decided_on, m.marital_status,"
            + " m.children_count, m.contraception, m.departure_date"
            + " from case_file f join migrant_certificate_case m on m.case_id = f.id"
            + " join case_party p on p.case_id = f.id and p.party_role = 'APPLICANT'"
            + " where f.case_kind = 'MIGRANT_CERTIFICATE' and m.certificate_number is not null";

    private static final String ARRIVALS = "select f.case_number, f.town_slug, p.full_name, p.id_number,"
            + " a.hukou_place, a.certificate_presented, a.certificate_issuer, a.certificate_number, a.services_note,"
            + " a.follow_up_outcome, a.make_up_due, a.submission_due, f.applied_on, a.arrival_date,"
            + " a.residence_address, a.registration_source"
            + " from case_file f join migrant_arrival_case a on a.case_id = f.id"
            + " join case_party p on p.case_id = f.id and p.party_role = 'APPLICANT'"
            + " where f.case_kind = 'MIGRANT_ARRIVAL' and a.services_informed = true";

    private Notice certificate(ResultSet rs) throws SQLException {
        LocalDate decided = rs.getDate("decided_on").toLocalDate();
        String contraception = rs.getString("contraception");
        String content = "已出具《流动人口婚育证明》，有效期至" + rs.getDate("valid_until").toLocalDate()
                + "；婚姻状况：" + MaritalStatus.valueOf(rs.getString("marital_status")).label()
                + "；生育子女数：" + rs.getInt("children_count")
                + (contraception == null ? "" : "；避孕节育情况：" + contraception)
                + "；外出日期：" + rs.getDate("departure_date").toLocalDate()
                + "（《流动人口计划生育工作条例》第七条；请现居住地查验并提供服务，第八条、第十条）";
        return new Notice(0, rs.getString("case_number"), NoticeSubject.CERTIFICATE_ISSUED, decided,
                sender(rs.getString("town_slug")), rs.getString("destination_address"), rs.getString("full_name"),
                id(rs.getString("id_number"), decided), rs.getString("certificate_number"), content);
    }

    private Notice arrival(ResultSet rs) throws SQLException {
        LocalDate registered = rs.getDate("applied_on").toLocalDate();
        String outcome = rs.getString("follow_up_outcome");
        String check;
        if (rs.getBoolean("certificate_presented")) {
            check = "已查验婚育证明（" + rs.getString("certificate_issuer") + "出具）";
        } else if ("ADMONISHED".equals(outcome)) {
            check = "未提交婚育证明，经通知限期补办（至" + rs.getDate("make_up_due").toLocalDate() + "）仍未补办，已批评教育"
                    + "（条例第二十三条），请户籍所在地协助出具";
        } else if ("NOTIFIED".equals(outcome)) {
            check = "未提交婚育证明，已通知其在" + rs.getDate("make_up_due").toLocalDate() + "前补办（条例第二十三条），"
                    + "请户籍所在地协助出具";
        } else {
            check = "未提交婚育证明，应于" + rs.getDate("submission_due").toLocalDate() + "前提交（条例第八条），"
                    + "请户籍所在地协助出具";
        }
        String services = rs.getString("services_note");
        String content = rs.getDate("arrival_date").toLocalDate() + "到达，现住" + rs.getString("residence_address")
                + "；" + check + "；已告知现居住地的计划生育服务、奖励优待和义务"
                + (services == null ? "" : "，提供服务：" + services)
                + ("HR_REPORT".equals(rs.getString("registration_source")) ? "；经人力资源保障站招用查验报告" : "");
        return new Notice(0, rs.getString("case_number"), NoticeSubject.CERTIFICATE_CHECKED, registered,
                sender(rs.getString("town_slug")), rs.getString("hukou_place"), rs.getString("full_name"),
                id(rs.getString("id_number"), registered), rs.getString("certificate_number"), content);
    }

    private String sender(String townSlug) {
        return properties.placePrefix() + organization.townBySlug(townSlug).map(Town::name).orElse(townSlug);
    }

    private static ResidentIdNumber id(String value, LocalDate asOf) {
        return ResidentIdNumber.parse(value, asOf);
    }
}
