package cn.gov.xinbei.pfp.migrantexchange;

import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.departmentdata.DepartmentFileReader;
import cn.gov.xinbei.pfp.departmentdata.domain.BadFileException;
import cn.gov.xinbei.pfp.departmentdata.domain.RawRow;
import cn.gov.xinbei.pfp.departmentdata.domain.RecordKeys;
import cn.gov.xinbei.pfp.migrantexchange.domain.ExchangeFormat;
import cn.gov.xinbei.pfp.migrantexchange.domain.Notice;
import cn.gov.xinbei.pfp.migrantexchange.domain.NoticeRowReader;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.Town;
import cn.gov.xinbei.pfp.organization.UserScope;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.FieldViolation;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Import of notices received from other places (《流动人口计划生育工作条例》 art. 6): a file of
 * {@link ExchangeFormat}, checked row by row; each row is matched to the case of the importing town it concerns (an
 * arrival or a certificate of the woman with that ID number, the newest) and recorded on that case's timeline. Any
 * problem in any row refuses the whole file with every problem named by line and column, and nothing is written. A
 * notice already imported (the same sender and number) is counted, not recorded again.
 */
@Service
@Transactional
public class MigrantExchangeService {

    static final String EVENT_TYPE = "EXCHANGE_NOTICE_RECEIVED";

    private final JdbcClient jdbc;
    private final CaseFileService caseFiles;
    private final Organization organization;
    private final MigrantExchangeProperties properties;
    private final EngineClock clock;

    public MigrantExchangeService(JdbcClient jdbc, CaseFileService caseFiles, Organization organization,
                                  MigrantExchangeProperties properties, EngineClock clock) {
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.organization = organization;
        this.properties = properties;
        this.clock = clock;
    }

    public record Recorded(int lineNumber, String noticeNumber, String caseNumber) {
    }

    public record ImportResult(String town, int imported, int alreadyImported, List<Recorded> recorded) {
    }

    private record Match(String caseId, String caseNumber, String name) {
    }

    /** A clerk of the town, or the bureau's clerks; others 403 (before the file is read). */
    public Town importingTown(CurrentUser user, String townSlug) {
        if (!UserScope.isClerk(user.groups())) {
            throw new AccessDeniedException("only clerks import notices");
        }
        Town town = organization.townBySlug(townSlug)
                .orElseThrow(() -> new InvalidInputException("town", "请选择接收通报的镇（街道）"));
        if (!UserScope.registersIn(user.groups(), town.slug())) {
            throw new InvalidInputException("town", "您只能导入本镇（街道）收到的通报，所选为" + town.name());
        }
        return town;
    }

    public ImportResult importFile(CurrentUser user, String townSlug, String fileName, byte[] content) {
        Town town = importingTown(user, townSlug);
        List<RawRow> rows;
        try {
            rows = DepartmentFileReader.read(fileName, content == null ? new byte[0] : content);
        } catch (BadFileException e) {
            throw new InvalidInputException("file", e.getMessage());
        }
        if (rows.size() - 1 > properties.maxImportRows()) {
            throw new InvalidInputException("file", "一个文件最多" + properties.maxImportRows() + "行通报，请分批导入");
        }
        NoticeRowReader.Result read = NoticeRowReader.read(rows, clock.today());
        List<FieldViolation> problems = new ArrayList<>();
        read.problems().forEach(p -> problems.add(new FieldViolation("file", p.text())));
        List<Match> matches = new ArrayList<>();
        for (Notice notice : read.notices()) {
            Optional<Match> match = caseOf(town, notice);
            if (match.isEmpty()) {
                problems.add(new FieldViolation("file", new NoticeRowReader.Problem(notice.lineNumber(),
                        ExchangeFormat.ID_NUMBER, "本镇（街道）（" + town.name() + "）没有该人员的流入登记或婚育证明案件，"
                        + "无法对应").text()));
            } else if (!match.get().name().equals(notice.name())) {
                problems.add(new FieldViolation("file", new NoticeRowReader.Problem(notice.lineNumber(),
                        ExchangeFormat.NAME, "与案件" + match.get().caseNumber() + "的当事人姓名不一致").text()));
            }
            matches.add(match.orElse(null));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Recorded> recorded = new ArrayList<>();
        int already = 0;
        for (int i = 0; i < read.notices().size(); i++) {
            Notice notice = read.notices().get(i);
            Match match = matches.get(i);
            String key = RecordKeys.sha256(notice.sender() + "|" + notice.number());
            boolean known = jdbc.sql("select count(*) from migrant_exchange_import where notice_key = ?").param(key)
                    .query(Long.class).single() > 0;
            if (known) {
                already++;
                continue;
            }
            jdbc.sql("insert into migrant_exchange_import (notice_key, sender, notice_number, notice_subject,"
                            + " notice_date, case_id, town_slug, imported_by, imported_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(key, notice.sender(), notice.number(), notice.subject().name(), notice.date(),
                            match.caseId(), town.slug(), user.id(), Timestamp.from(clock.now()))
                    .update();
            caseFiles.recordStep(match.caseId(), user.id(), EVENT_TYPE, null, null, notice.timelineDetail(), null);
            recorded.add(new Recorded(notice.lineNumber(), notice.number(), match.caseNumber()));
        }
        return new ImportResult(town.slug(), recorded.size(), already, recorded);
    }

    /** The newest arrival or certificate case of the town in which she is the applicant. */
    private Optional<Match> caseOf(Town town, Notice notice) {
        return jdbc.sql("select f.id, f.case_number, p.full_name from case_file f join case_party p on p.case_id = f.id"
                        + " where p.id_number = ? and p.party_role = 'APPLICANT' and f.town_slug = ?"
                        + " and f.case_kind in ('MIGRANT_ARRIVAL', 'MIGRANT_CERTIFICATE')"
                        + " order by f.created_at desc, f.case_number desc")
                .params(notice.id().value(), town.slug())
                .query((rs, n) -> new Match(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list().stream().findFirst();
    }
}
