package cn.gov.xinbei.pfp.migrantcertificate.domain;

import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;

/** A person named on the certificate: the name and the checked ID number. */
public record Person(String name, ResidentIdNumber idNumber) {
}
