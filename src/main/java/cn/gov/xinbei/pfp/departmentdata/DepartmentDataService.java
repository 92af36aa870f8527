package cn.gov.xinbei.pfp.departmentdata;

import cn.gov.xinbei.pfp.departmentdata.domain.BadFileException;
import cn.gov.xinbei.pfp.departmentdata.domain.DepartmentRecord;
import cn.gov.xinbei.pfp.departmentdata.domain.HeaderMapping;
import cn.gov.xinbei.pfp.departmentdata.domain.KindSpec;
import cn.gov.xinbei.pfp.departmentdata.domain.RawRow;
import cn.gov.xinbei.pfp.departmentdata.domain.RecordKeys;
import cn.gov.xinbei.pfp.departmentdata.domain.RecordKind;
import cn.gov.xinbei.pfp.departmentdata.domain.ReportDueDate;
import cn.gov.xinbei.pfp.departmentdata.domain.RowProblem;
import cn.gov.xinbei.pfp.departmentdata.domain.RowValidator;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.Town;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.shared.validation.Violations;
import cn.gov.xinbei.pfp.web.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Uploads of the departments' monthly data (SEED annex 3): one file or API call for one kind, town and month. The
 * file is refused as a whole for a bad header or an unknown kind; otherwise each row is checked, bad rows are kept as
 * errors with line and reason, good rows are stored once (record_key), and births get their birth check. The same
 * content for the same kind, town and month a second time writes nothing and answers with the first upload.
 * ID numbers are never logged and are masked in every list.
 */
@Service
@Transactional
public class DepartmentDataService {

    public enum Channel { CSV, XLSX, API }

    private final JdbcTemplate jdbc;
    private final DepartmentKinds kinds;
    private final DepartmentDataAccess access;
    private final Organization organization;
    private final BirthCheckService births;
    private final EngineClock clock;
    private final List<AcceptedHiringChecks> hiringCheckListeners;

    public DepartmentDataService(JdbcTemplate jdbc, DepartmentKinds kinds, DepartmentDataAccess access,
                                 Organization organization, BirthCheckService births, EngineClock clock,
                                 List<AcceptedHiringChecks> hiringCheckListeners) {
        this.hiringCheckListeners = hiringCheckListeners;
        this.jdbc = jdbc;
        this.kinds = kinds;
        this.access = access;
        this.organization = organization;
        this.births = births;
        this.clock = clock;
    }

    /** An upload as lists show it. */
    public record Upload(String id, String department, String departmentName, String kind, String kindLabel,
                         String town, String townName, String periodMonth, String fileName, String channel,
                         String uploadedBy, LocalDateTime uploadedAt, int acceptedRows, int duplicateRows,
                         int rejectedRows, LocalDate dueOn, boolean onTime) {
    }

    /** The answer to an upload: the upload, and whether it is an earlier one (the same content sent again). */
    public record UploadResult(Upload upload, boolean repeated) {
    }

    public record UploadError(int lineNumber, String field, String message) {
    }

    /** A file from the desk or the API (multipart). */
    public UploadResult uploadFile(CurrentUser user, String kind, String town, String month, String fileName,
                                   byte[] content) {
        Target target = target(user, kind, town, month);
        Channel channel = DepartmentFileReader.formatOf(fileName, content == null ? new byte[0] : content)
                == DepartmentFileReader.Format.XLSX ? Channel.XLSX : Channel.CSV;
        List<RawRow> rows;
        try {
            rows = DepartmentFileReader.read(fileName, content);
        } catch (BadFileException e) {
            throw new InvalidInputException("file", e.getMessage());
        }
        return store(user, target, fileName, channel, RecordKeys.sha256(content), rows);
    }

    /** Rows as JSON objects keyed by the Chinese column names or the API's field names. */
    public UploadResult uploadRows(CurrentUser user, String kind, String town, String month,
                                   List<Map<String, Object>> rows) {
        Target target = target(user, kind, town, month);
        if (rows == null) {
            throw new InvalidInputException("rows", "请提供数据行（rows）");
        }
        // Rows may use the Chinese column names or the field names (even mixed): both become the column name.
        Map<String, String> byJsonName = new LinkedHashMap<>();
        target.spec().columns().forEach(c -> byJsonName.put(c.field().jsonName(), c.header()));
        List<Map<String, Object>> named = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            if (row == null) {
                throw new InvalidInputException("rows", "数据行不能为空");
            }
            Map<String, Object> renamed = new LinkedHashMap<>();
            row.forEach((k, value) -> renamed.put(byJsonName.getOrDefault(k, k), value));
            named.add(renamed);
            renamed.keySet().stream().filter(k -> !header.contains(k)).forEach(header::add);
        }
        if (header.isEmpty()) {
            // An empty month ("零报告") still counts as reported: every required column, no rows.
            target.spec().columns().stream().filter(c -> c.required()).forEach(c -> header.add(c.header()));
        }
        List<RawRow> raw = new ArrayList<>();
        raw.add(new RawRow(0, header));
        StringBuilder canonical = new StringBuilder();
        for (int i = 0; i < named.size(); i++) {
            Map<String, Object> row = named.get(i);
            raw.add(new RawRow(i + 1, header.stream().map(h -> row.get(h) == null ? "" : row.get(h).toString()).toList()));
            canonical.append(new TreeMap<>(row)).append('\n');
        }
        return store(user, target, null, Channel.API, RecordKeys.sha256(canonical.toString()), raw);
    }

    private record Target(KindSpec spec, Town town, YearMonth period) {
    }

    private Target target(CurrentUser user, String kindRaw, String townRaw, String monthRaw) {
        access.uploaderDepartments(user);
        Violations violations = new Violations();
        RecordKind kind = RecordKind.parse(kindRaw).orElse(null);
        if (kind == null) {
            violations.add("kind", "未知的数据种类" + (kindRaw == null || kindRaw.isBlank() ? "" : "「" + kindRaw + "」")
                    + "，应为：" + String.join("、", kinds.all().stream().map(s -> s.kind() + "（" + s.label() + "）").toList()));
        }
        Town town = organization.townBySlug(townRaw).orElse(null);
        if (town == null) {
            violations.add("town", "请选择镇（街道）");
        }
        YearMonth period = null;
        try {
            period = monthRaw == null ? null : YearMonth.parse(monthRaw.strip());
        } catch (DateTimeParseException e) {
            period = null;
        }
        if (period == null) {
            violations.add("month", "报送月份应写作如2012-03");
        } else if (period.isAfter(YearMonth.from(clock.today()))) {
            violations.add("month", "报送月份不能晚于本月");
            period = null;
        }
        violations.throwIfAny();
        KindSpec spec = kinds.spec(kind);
        access.requireUploaderOf(user, spec);
        return new Target(spec, town, period);
    }

    private UploadResult store(CurrentUser user, Target target, String fileName, Channel channel, String sha,
                               List<RawRow> rows) {
        KindSpec spec = target.spec();
        List<String> earlier = jdbc.queryForList("select id from department_upload where record_kind = ? and town_slug = ?"
                        + " and period_month = ? and content_sha256 = ?", String.class,
                spec.kind().name(), target.town().slug(), target.period().toString(), sha);
        if (!earlier.isEmpty()) {
            return new UploadResult(upload(earlier.get(0)), true);
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException("file", "文件没有表头行。" + spec.label() + "数据的表头应为：" + spec.headerLine());
        }
        HeaderMapping mapping;
        try {
            mapping = HeaderMapping.of(spec, rows.get(0).cells());
        } catch (BadFileException e) {
            throw new InvalidInputException(channel == Channel.API ? "rows" : "file", e.getMessage());
        }

        String uploadId = UUID.randomUUID().toString();
        LocalDate today = clock.today();
        Timestamp now = Timestamp.from(clock.now());
        jdbc.update("insert into department_upload (id, department, record_kind, town_slug, period_month, file_name,"
                        + " content_sha256, channel, uploaded_by, uploaded_at, accepted_rows, duplicate_rows, rejected_rows)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0)",
                uploadId, spec.department(), spec.kind().name(), target.town().slug(), target.period().toString(),
                fileName == null ? null : truncate(fileName, 200), sha, channel.name(), user.id(), now);

        RowValidator validator = kinds.validator();
        Set<String> keysInThisUpload = new HashSet<>();
        int accepted = 0;
        int duplicates = 0;
        int rejected = 0;
        for (RawRow row : rows.subList(1, rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            RowValidator.Result result = validator.check(spec, row.lineNumber(), mapping.values(row), target.period(), today);
            if (!result.accepted()) {
                rejected++;
                for (RowProblem p : result.problems()) {
                    jdbc.update("insert into department_upload_error (id, upload_id, line_number, field_name, message)"
                                    + " values (?, ?, ?, ?, ?)", UUID.randomUUID().toString(), uploadId, p.lineNumber(),
                            p.column() == null ? null : truncate(p.column(), 64), truncate(p.message(), 500));
                }
                continue;
            }
            DepartmentRecord record = result.record();
            String key = record.recordKey();
            boolean known = !keysInThisUpload.add(key) || jdbc.queryForObject(
                    "select count(*) from department_record where record_key = ?", Integer.class, key) > 0;
            if (known) {
                duplicates++;
                continue;
            }
            String recordId = insertRecord(uploadId, target, record, key);
            if (spec.kind().reportsBirth()) {
                births.recordBirth(recordId, target.town().slug(), record);
            }
            if (record.hiringCheck() != null) {
                DepartmentRecord.HiringCheck check = record.hiringCheck();
                AcceptedHiringChecks.HiringCheckRow hired = new AcceptedHiringChecks.HiringCheckRow(recordId,
                        target.town().slug(), record.eventDate(), record.subjectName(), record.subjectId(),
                        check.employer(), check.certificatePresented(), check.certificateNumber(), user.id());
                hiringCheckListeners.forEach(listener -> listener.accepted(hired));
            }
            accepted++;
        }
        jdbc.update("update department_upload set accepted_rows = ?, duplicate_rows = ?, rejected_rows = ? where id = ?",
                accepted, duplicates, rejected, uploadId);
        return new UploadResult(upload(uploadId), false);
    }

    private String insertRecord(String uploadId, Target target, DepartmentRecord r, String key) {
        String id = UUID.randomUUID().toString();
        jdbc.update("insert into department_record (id, upload_id, record_kind, town_slug, period_month, line_number,"
                        + " event_date, subject_name, subject_id_number, subject_id_masked, partner_name, partner_id_number,"
                        + " partner_id_masked, child_name, child_sex, birth_order, detail_code, record_key, child_document,"
                        + " birth_key, employer, certificate_presented, certificate_number)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, uploadId, r.kind().name(), target.town().slug(), target.period().toString(), r.lineNumber(),
                r.eventDate(), r.subjectName(), r.subjectId().value(), r.subjectId().masked(), r.partnerName(),
                r.partnerId() == null ? null : r.partnerId().value(), r.partnerId() == null ? null : r.partnerId().masked(),
                r.childName(), r.childSex() == null ? null : r.childSex().name(), r.birthOrder(), r.detailCode(), key,
                r.childDocument(), r.kind().reportsBirth() ? r.birthKey() : null,
                r.hiringCheck() == null ? null : r.hiringCheck().employer(),
                r.hiringCheck() == null ? null : r.hiringCheck().certificatePresented(),
                r.hiringCheck() == null ? null : r.hiringCheck().certificateNumber());
        return id;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    // ---------------------------------------------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public List<Upload> uploads(CurrentUser user) {
        DepartmentDataAccess.Scope scope = access.readScope(user);
        return jdbc.query("select * from department_upload order by uploaded_at desc", (rs, n) -> toUpload(rs)).stream()
                .filter(u -> access.covers(scope, u.town(), u.department()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Upload upload(CurrentUser user, String id) {
        DepartmentDataAccess.Scope scope = access.readScope(user);
        Upload upload = upload(id);
        if (!access.covers(scope, upload.town(), upload.department())) {
            throw new AccessDeniedException("upload of another town or department");
        }
        return upload;
    }

    @Transactional(readOnly = true)
    public List<UploadError> errors(CurrentUser user, String id) {
        upload(user, id);
        return jdbc.query("select line_number, field_name, message from department_upload_error where upload_id = ?"
                        + " order by line_number, field_name",
                (rs, n) -> new UploadError(rs.getInt(1), rs.getString(2), rs.getString(3)), id);
    }

    private Upload upload(String id) {
        List<Upload> found = jdbc.query("select * from department_upload where id = ?", (rs, n) -> toUpload(rs), id);
        if (found.isEmpty()) {
            throw new NotFoundException("报送记录不存在");
        }
        return found.get(0);
    }

    private Upload toUpload(java.sql.ResultSet rs) throws java.sql.SQLException {
        String department = rs.getString("department");
        String kind = rs.getString("record_kind");
        String town = rs.getString("town_slug");
        YearMonth period = YearMonth.parse(rs.getString("period_month"));
        LocalDateTime uploadedAt = rs.getTimestamp("uploaded_at").toInstant().atZone(clock.zone()).toLocalDateTime();
        int dueDay = kinds.properties().reportDueDay();
        return new Upload(rs.getString("id"), department,
                organization.department(department).map(d -> d.name()).orElse(department), kind,
                kinds.labelOf(kind).orElse(kind), town, organization.townBySlug(town).map(Town::name).orElse(town),
                period.toString(), rs.getString("file_name"), rs.getString("channel"), rs.getString("uploaded_by"),
                uploadedAt, rs.getInt("accepted_rows"), rs.getInt("duplicate_rows"), rs.getInt("rejected_rows"),
                ReportDueDate.of(period, dueDay), ReportDueDate.onTime(period, dueDay, uploadedAt.toLocalDate()));
    }

    /** The field names the API accepts for a kind, with their Chinese column names (for the API's documentation). */
    public Map<String, String> columnsOf(RecordKind kind) {
        Map<String, String> columns = new LinkedHashMap<>();
        kinds.spec(kind).columns().forEach(c -> columns.put(c.field().jsonName(), c.header()));
        return columns;
    }
}
