package cn.gov.xinbei.pfp.maintenancefee.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment towards the fee: it reduces the unpaid amount from its date on (the payment day itself still counts). */
public record Payment(LocalDate date, BigDecimal amount) {

    public static Payment of(String date, String amount) {
        return new Payment(LocalDate.parse(date), new BigDecimal(amount));
    }
}
