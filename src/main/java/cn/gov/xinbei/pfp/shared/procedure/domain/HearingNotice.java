package cn.gov.xinbei.pfp.shared.procedure.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The hearing notice period of 《中华人民共和国行政处罚法》(1996) 第四十二条: the authority tells the party the time and
 * place of the hearing seven days before it. Calendar days (REFERENCE.md §7): a hearing notified on day N is held on
 * day N + {@code noticeDays} at the earliest. Shared by every procedure that holds such a hearing (两非 penalties, and
 * the 社会抚养费 where the bureau offers one); each feature configures its own number of days.
 */
public final class HearingNotice {

    public static final String BASIS = "《行政处罚法》第四十二条";

    private final int noticeDays;

    public HearingNotice(int noticeDays) {
        if (noticeDays < 1) {
            throw new IllegalArgumentException("a hearing notice period must be at least 1 day, not " + noticeDays);
        }
        this.noticeDays = noticeDays;
    }

    public int noticeDays() {
        return noticeDays;
    }

    /** The first day on which a hearing notified on {@code notifiedOn} may be held. */
    public LocalDate earliestHearingDay(LocalDate notifiedOn) {
        return Objects.requireNonNull(notifiedOn, "notifiedOn").plusDays(noticeDays);
    }

    /** Why a hearing on {@code heldOn} is too early for a notice served on {@code notifiedOn}, or empty when it is not. */
    public Optional<String> tooEarly(LocalDate notifiedOn, LocalDate heldOn) {
        LocalDate earliest = earliestHearingDay(notifiedOn);
        if (!Objects.requireNonNull(heldOn, "heldOn").isBefore(earliest)) {
            return Optional.empty();
        }
        return Optional.of("听证日期" + heldOn + "过早：应当在举行听证的" + noticeDays + "日前通知当事人听证的时间、地点，听证通知"
                + notifiedOn + "送达的，听证日期不得早于" + earliest + "（" + BASIS + "）");
    }
}
