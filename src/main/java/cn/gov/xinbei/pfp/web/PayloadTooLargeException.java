package cn.gov.xinbei.pfp.web;

/** A request body is larger than the API accepts. Message in Chinese. */
public class PayloadTooLargeException extends RuntimeException {
    public PayloadTooLargeException(String message) {
        super(message);
    }
}
