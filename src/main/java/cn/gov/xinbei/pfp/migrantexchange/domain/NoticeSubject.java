package cn.gov.xinbei.pfp.migrantexchange.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a notice between the hukou place and the place of residence is about (《流动人口计划生育工作条例》 art. 6: the
 * towns exchange the family-planning information of migrants; art. 7, 8, 10, 16: certificate, its check, services,
 * births). Written in the exchange file by its Chinese label.
 */
public enum NoticeSubject {
    CERTIFICATE_ISSUED("婚育证明出具"),
    CERTIFICATE_CHECKED("婚育证明查验"),
    BIRTH("生育情况"),
    CONTRACEPTION("避孕节育情况"),
    SERVICES("服务管理情况"),
    OTHER("其他");

    private final String label;

    NoticeSubject(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<NoticeSubject> byLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst();
    }

    public static String labels() {
        return String.join("、", Arrays.stream(values()).map(NoticeSubject::label).toList());
    }
}
