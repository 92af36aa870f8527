package cn.gov.xinbei.pfp.holidaynotice;

import cn.gov.xinbei.pfp.calendar.domain.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Puts the notices published on the desk in force: at start-up, before the engine works, and then on a schedule so
 * that every node of a cluster follows a publication made on another one ({@code app.calendar.refresh-interval}).
 */
@Component
public class PublishedNoticeLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(PublishedNoticeLoader.class);

    private final PublishedNotices notices;
    private final WorkingDayCalendar calendar;
    private final Map<Integer, String> inForce = new ConcurrentHashMap<>();

    public PublishedNoticeLoader(PublishedNotices notices, WorkingDayCalendar calendar) {
        this.notices = notices;
        this.calendar = calendar;
    }

    @Override
    public void afterSingletonsInstantiated() {
        refresh();
    }

    @Scheduled(fixedDelayString = "${app.calendar.refresh-interval}", initialDelayString = "${app.calendar.refresh-interval}")
    public void refresh() {
        for (PublishedNotices.Publication p : notices.inForce()) {
            if (!p.id().equals(inForce.get(p.year()))) {
                calendar.publish(p.arrangement());
                inForce.put(p.year(), p.id());
                log.info("Holiday arrangement of {} in force from the desk publication of {} by {}",
                        p.year(), p.publishedAt(), p.publishedBy());
            }
        }
    }
}
