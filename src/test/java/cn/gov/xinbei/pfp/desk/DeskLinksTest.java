package cn.gov.xinbei.pfp.desk;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The filter that looked every link of a desk page up as a static resource is registered switched off, and nothing
 * else registers it; ECharts by its versionless webjar path and the desk's own assets are still served.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DeskLinksTest {

    @Autowired
    List<FilterRegistrationBean<?>> registrations;
    @Autowired
    MockMvc mvc;

    @Test
    void theResourceUrlFilterIsRegisteredOnceAndSwitchedOff() {
        assertThat(registrations).filteredOn(r -> r.getFilter() instanceof ResourceUrlEncodingFilter)
                .singleElement().satisfies(r -> assertThat(r.isEnabled()).isFalse());
    }

    @Test
    void theWebjarAndTheDesksAssetsAreStillServed() throws Exception {
        mvc.perform(get("/webjars/echarts/echarts.min.js")).andExpect(status().isOk())
                .andExpect(content().string(containsString("echarts")));
        mvc.perform(get("/desk/assets/desk.css")).andExpect(status().isOk());
        mvc.perform(get("/desk/assets/desk-charts.js")).andExpect(status().isOk());
    }
}
