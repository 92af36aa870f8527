package cn.gov.xinbei.pfp.documents;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

/** The answer every printed document is sent with: a PDF the browser opens inline, under its Chinese file name. */
public final class InlinePdf {

    private InlinePdf() {
    }

    public static ResponseEntity<byte[]> of(String fileName, byte[] pdf) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                // Personal data: the browser must not keep a copy in a shared cache.
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }
}
