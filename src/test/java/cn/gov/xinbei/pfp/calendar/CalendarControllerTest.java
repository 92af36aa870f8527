package cn.gov.xinbei.pfp.calendar;

import cn.gov.xinbei.pfp.calendar.domain.OfficialCalendars;
import cn.gov.xinbei.pfp.web.ApiExceptionHandler;
import cn.gov.xinbei.pfp.web.UploadLimit;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The controller with the project's error handler, without a Spring context (security is wired elsewhere). */
class CalendarControllerTest {

    private final MockMvc mvc = MockMvcBuilders
            .standaloneSetup(new CalendarController(OfficialCalendars.calendar2012And2013()))
            .setControllerAdvice(new ApiExceptionHandler(
                    new UploadLimit(new org.springframework.boot.autoconfigure.web.servlet.MultipartProperties()),
                    new org.springframework.beans.factory.support.StaticListableBeanFactory()
                            .getBeanProvider(org.camunda.bpm.engine.ProcessEngine.class)))
            .build();

    @Test
    void workingDays() throws Exception {
        mvc.perform(get("/api/calendar/working-days").param("from", "2012-01-16").param("days", "20"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2012-01-16"))
                .andExpect(jsonPath("$.days").value(20))
                .andExpect(jsonPath("$.unit").value("WORKING_DAYS"))
                .andExpect(jsonPath("$.due").value("2012-02-16"))
                .andExpect(jsonPath("$.basis").value("《行政许可法》第八十二条：期限以工作日计算，不含法定节假日"));
    }

    @Test
    void calendarDaysRollOverAHoliday() throws Exception {
        mvc.perform(get("/api/calendar/calendar-days").param("from", "2012-09-07").param("days", "30"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit").value("CALENDAR_DAYS"))
                .andExpect(jsonPath("$.due").value("2012-10-08"))
                .andExpect(jsonPath("$.basis").value(startsWith("《民事诉讼法》（2007）第七十五条")));
    }

    @Test
    void holidayWeekday() throws Exception {
        mvc.perform(get("/api/calendar/days/2012-01-25"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2012-01-25"))
                .andExpect(jsonPath("$.workingDay").value(false))
                .andExpect(jsonPath("$.holiday").value("春节"))
                .andExpect(jsonPath("$.adjustedWorkingDay").value(false));
    }

    @Test
    void adjustedWorkingSaturdayHasANullHoliday() throws Exception {
        mvc.perform(get("/api/calendar/days/2012-01-21"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.workingDay").value(true))
                .andExpect(jsonPath("$.holiday").value(nullValue()))
                .andExpect(jsonPath("$.adjustedWorkingDay").value(true));
    }

    @Test
    void negativeDaysAreRefusedOnTheDaysField() throws Exception {
        mvc.perform(get("/api/calendar/working-days").param("from", "2012-01-16").param("days", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_INPUT"))
                .andExpect(jsonPath("$.violations[0].field").value("days"))
                .andExpect(jsonPath("$.violations[0].message").value("天数应在0到3650之间的整数"));
    }

    @Test
    void tooManyDaysAreRefused() throws Exception {
        mvc.perform(get("/api/calendar/calendar-days").param("from", "2012-01-16").param("days", "3651"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("days"));
    }

    @Test
    void unparseableDateIsRefusedOnTheFromField() throws Exception {
        mvc.perform(get("/api/calendar/working-days").param("from", "2012-02-30").param("days", "5"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("from"))
                .andExpect(jsonPath("$.violations[0].message").value(containsString("日期格式不正确")));
    }

    @Test
    void nonNumericDaysAreRefused() throws Exception {
        mvc.perform(get("/api/calendar/working-days").param("from", "2012-01-16").param("days", "twenty"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("days"))
                .andExpect(jsonPath("$.violations[0].message").value("天数应在0到3650之间的整数"));
        mvc.perform(get("/api/calendar/calendar-days").param("from", "2012-01-16").param("days", "99999999999"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("days"));
    }

    @Test
    void missingParameterIsRefused() throws Exception {
        mvc.perform(get("/api/calendar/working-days").param("days", "5"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("from"));
    }

    @Test
    void deadlineRunningIntoAnUnconfiguredYearIsReportedOnFrom() throws Exception {
        mvc.perform(get("/api/calendar/working-days").param("from", "2013-12-20").param("days", "20"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("from"))
                .andExpect(jsonPath("$.violations[0].message").value("未配置2014年适用的节假日安排或《全国年节及纪念日放假办法》，无法计算期限"));
    }

    @Test
    void dayOfAnUnconfiguredYearIsReportedOnDate() throws Exception {
        mvc.perform(get("/api/calendar/days/2011-12-31"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("date"))
                .andExpect(jsonPath("$.violations[0].message").value(containsString("2011")));
    }

    @Test
    void unparseableDayIsRefusedOnDate() throws Exception {
        mvc.perform(get("/api/calendar/days/tomorrow"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.violations[0].field").value("date"))
                .andExpect(jsonPath("$.violations[0].message").value(containsString("日期格式不正确")));
    }
}
