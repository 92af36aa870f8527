package cn.gov.xinbei.pfp.assistance;

/** The assistance configuration (rate table) is missing, unreadable or wrong. Fails start-up, naming the file. */
public class AssistanceConfigurationException extends RuntimeException {

    public AssistanceConfigurationException(String message) {
        super(message);
    }

    public AssistanceConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
