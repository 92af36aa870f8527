package cn.gov.xinbei.pfp.web;

import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** What a user is told when an upload exceeds spring.servlet.multipart's limits (config/web.yml). */
@Component
public class UploadLimit {

    private final String message;

    public UploadLimit(MultipartProperties multipart) {
        DataSize limit = multipart.getMaxFileSize().compareTo(multipart.getMaxRequestSize()) <= 0
                ? multipart.getMaxFileSize() : multipart.getMaxRequestSize();
        this.message = "上传的文件过大，不能超过"
                + (limit.toMegabytes() > 0 ? limit.toMegabytes() + "MB" : limit.toKilobytes() + "KB");
    }

    public String message() {
        return message;
    }
}
