package cn.gov.xinbei.pfp.migrantexchange.domain;

import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;

import java.time.LocalDate;
import java.util.List;

/**
 * One notice of the exchange file ({@link ExchangeFormat}): sent for a case of ours, or received from another place
 * and checked by {@link NoticeRowReader}.
 *
 * @param number      the sender's own number of the notice (ours: the case number)
 * @param recipient   the place it is meant for (hukou place or destination), as the sender knows it
 * @param lineNumber  the file's line for a received notice (header = 1), 0 for one we send
 */
public record Notice(int lineNumber, String number, NoticeSubject subject, LocalDate date, String sender,
                     String recipient, String name, ResidentIdNumber id, String certificateNumber, String content) {

    /** The cells in the order of {@link ExchangeFormat#HEADER}. */
    public List<String> cells() {
        return List.of(number, subject.label(), date.toString(), sender, recipient == null ? "" : recipient, name,
                id.value(), certificateNumber == null ? "" : certificateNumber, content);
    }

    /** What the case timeline records of a received notice (no ID number: the case has it). */
    public String timelineDetail() {
        return "收到" + sender + "的通报（编号" + number + "，" + date + "）：" + subject.label()
                + (certificateNumber == null ? "" : "；婚育证明编号" + certificateNumber) + "；" + content;
    }
}
