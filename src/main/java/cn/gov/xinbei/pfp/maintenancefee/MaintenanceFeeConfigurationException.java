package cn.gov.xinbei.pfp.maintenancefee;

/** The fee configuration is missing or wrong. Fails start-up: a wrong base figure silently misstates every fee. */
public class MaintenanceFeeConfigurationException extends RuntimeException {

    public MaintenanceFeeConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }

    public MaintenanceFeeConfigurationException(String message) {
        super(message);
    }
}
