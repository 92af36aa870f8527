package cn.gov.xinbei.pfp.birthregistration.domain;

import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;

/** A spouse as registered: the name and the checked ID number. */
public record Spouse(String name, ResidentIdNumber idNumber) {
}
