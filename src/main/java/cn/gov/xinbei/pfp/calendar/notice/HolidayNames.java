package cn.gov.xinbei.pfp.calendar.notice;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The holidays a notice may arrange: the holidays of all citizens of 《全国年节及纪念日放假办法》 art. 2, alone or
 * merged into one block ("中秋节、国庆节"). Anything else is a typo or not a notice, and is refused.
 */
final class HolidayNames {

    static final List<String> KNOWN = List.of("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节");

    private HolidayNames() {
    }

    /** The name as written, once every part joined by 、 is known and none repeats. */
    static String check(String name, int line) {
        if (name.isEmpty()) {
            throw new HolidayNoticeParseException(line, "缺少节日名称");
        }
        Set<String> seen = new HashSet<>();
        for (String part : name.split("、", -1)) {
            if (!KNOWN.contains(part)) {
                throw new HolidayNoticeParseException(line, "未知的节日名称“" + part + "”（只认"
                        + String.join("、", KNOWN) + "，或用“、”连接的合并名称）");
            }
            if (!seen.add(part)) {
                throw new HolidayNoticeParseException(line, "节日名称“" + name + "”中“" + part + "”出现两次");
            }
        }
        return name;
    }
}
