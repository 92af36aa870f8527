package cn.gov.xinbei.pfp.departmentdata.api;

import cn.gov.xinbei.pfp.departmentdata.DepartmentDataService;
import cn.gov.xinbei.pfp.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The departments' monthly data through the API: rows as JSON, or the same CSV/Excel file as on the desk. Only the
 * kind's department liaisons send it (police, health, hr); the answer gives the counts and the rejected rows.
 */
@RestController
@RequestMapping("/api/department-data")
@Tag(name = "部门月报", description = "Monthly data from the police, health and marriage registration (SEED annex 3)")
public class DepartmentDataController {

    private final DepartmentDataService service;

    public DepartmentDataController(DepartmentDataService service) {
        this.service = service;
    }

    @Schema(description = "部门月报数据（一种数据、一个镇（街道）、一个月）")
    public record UploadRequest(
            @Schema(description = "数据种类", allowableValues = {"BIRTH_REGISTRATION", "IN_MIGRATION", "PREGNANCY", "BIRTH",
                    "SURGERY", "MARRIAGE", "HIRING_CHECK"}) String kind,
            @Schema(description = "镇（街道）代码", example = "chunjiang") String town,
            @Schema(description = "报送月份", example = "2012-02") String month,
            @Schema(description = "数据行：以中文列名或字段名（eventDate、subjectName、subjectIdNumber…）为键")
            List<Map<String, Object>> rows) {
    }

    public record UploadResponse(DepartmentDataService.Upload upload, boolean repeated,
                                 List<DepartmentDataService.UploadError> errors) {
    }

    @PostMapping(path = "/uploads", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "报送部门月报数据（JSON）：逐行校验，错误行附行号和原因，重复数据不再写入")
    public ResponseEntity<UploadResponse> uploadRows(@RequestBody UploadRequest request, Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        return answer(user, service.uploadRows(user, request.kind(), request.town(), request.month(), request.rows()));
    }

    @PostMapping(path = "/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传部门月报文件（CSV UTF-8 或 Excel .xlsx）")
    public ResponseEntity<UploadResponse> uploadFile(@RequestParam(required = false) String kind,
                                                     @RequestParam(required = false) String town,
                                                     @RequestParam(required = false) String month,
                                                     @RequestPart(name = "file", required = false) MultipartFile file,
                                                     Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        byte[] content;
        try {
            content = file == null ? new byte[0] : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return answer(user, service.uploadFile(user, kind, town, month,
                file == null ? null : file.getOriginalFilename(), content));
    }

    private ResponseEntity<UploadResponse> answer(CurrentUser user, DepartmentDataService.UploadResult result) {
        UploadResponse body = new UploadResponse(result.upload(), result.repeated(),
                service.errors(user, result.upload().id()));
        if (result.repeated()) {
            return ResponseEntity.ok(body);
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/desk/department-data/uploads/" + result.upload().id())).body(body);
    }
}
