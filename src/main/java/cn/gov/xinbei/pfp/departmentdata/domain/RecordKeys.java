package cn.gov.xinbei.pfp.departmentdata.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/** SHA-256 hashes: of a row's natural key, of a birth (mother, date, order), of an uploaded file. */
public final class RecordKeys {

    private RecordKeys() {
    }

    /** One birth: the mother's ID number, the date of birth and the birth order (孩次). */
    public static String birthKey(String motherIdNumber, LocalDate birthDate, int birthOrder) {
        return sha256("BIRTH|" + motherIdNumber + "|" + birthDate + "|" + birthOrder);
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
