package cn.gov.xinbei.pfp.departmentdata.domain;

/** A file refused as a whole (bad header, wrong encoding, unknown kind): nothing of it is written. Chinese message. */
public class BadFileException extends RuntimeException {

    public BadFileException(String message) {
        super(message);
    }
}
