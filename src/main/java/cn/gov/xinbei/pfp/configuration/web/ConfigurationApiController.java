package cn.gov.xinbei.pfp.configuration.web;

import cn.gov.xinbei.pfp.configuration.ConfigurationFigureService;
import cn.gov.xinbei.pfp.configuration.ConfigurationGaps;
import cn.gov.xinbei.pfp.organization.UserScope;
import cn.gov.xinbei.pfp.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The configuration gaps in the API: the open gaps (administrators and the bureau's supervisors) and the entry of a
 * figure (administrators only; the same checks, log entry and release of the waiting cases as the desk's form).
 */
@RestController
public class ConfigurationApiController {

    private final ConfigurationGaps gaps;
    private final ConfigurationFigureService figures;

    public ConfigurationApiController(ConfigurationGaps gaps, ConfigurationFigureService figures) {
        this.gaps = gaps;
        this.figures = figures;
    }

    @GetMapping("/api/configuration-gaps")
    @PreAuthorize(UserScope.ADMINISTRATOR_OR_BUREAU_SUPERVISOR)
    List<ConfigurationGaps.GapGroup> open() {
        return gaps.open();
    }

    /** Body: {kind, key, year, area?, amount, source}. 201 with what was stored and the cases that go on. */
    @PostMapping("/api/configuration-figures")
    @ResponseStatus(HttpStatus.CREATED)
    ConfigurationFigureService.Entered enter(Authentication authentication,
                                             @RequestBody ConfigurationFigureService.Entry entry) {
        return figures.enter(CurrentUser.of(authentication), entry);
    }
}
