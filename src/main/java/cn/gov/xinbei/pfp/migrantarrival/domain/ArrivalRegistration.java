package cn.gov.xinbei.pfp.migrantarrival.domain;

import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;

import java.time.LocalDate;

/**
 * A migrant woman registered at her town of residence (《流动人口计划生育工作条例》 art. 8), as checked by
 * {@link ArrivalReader}: her certificate recorded (issuing place, number) or noted missing, the services and duties
 * she was told of (art. 8 para 2).
 *
 * @param certificateIssuer the 婚育证明's issuing town (户籍所在地乡镇／街道), null when none was presented
 */
public record ArrivalRegistration(String townSlug, LocalDate registrationDate, LocalDate arrivalDate, String name,
                                  ResidentIdNumber idNumber, String hukouPlace, String residenceAddress,
                                  String employer, boolean certificatePresented, String certificateIssuer,
                                  String certificateNumber, LocalDate certificateValidUntil, String servicesNote) {

    /** 2026-03-01到达，户籍地安徽省合肥市…，现住春江镇… */
    public String summary() {
        return arrivalDate + "到达；户籍地" + hukouPlace + "；现住" + residenceAddress
                + (employer == null ? "" : "；用人单位" + employer);
    }

    public String certificateSummary() {
        return certificatePresented ? "已提交婚育证明（" + certificateIssuer + "出具，编号" + certificateNumber
                + (certificateValidUntil == null ? "" : "，有效期至" + certificateValidUntil) + "）"
                : "未提交婚育证明";
    }
}
