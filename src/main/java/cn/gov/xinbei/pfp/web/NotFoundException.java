package cn.gov.xinbei.pfp.web;

/** A requested record does not exist, or the caller may not know that it does. Message in Chinese. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
