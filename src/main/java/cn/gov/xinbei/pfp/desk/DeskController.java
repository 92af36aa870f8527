package cn.gov.xinbei.pfp.desk;

import cn.gov.xinbei.pfp.security.keycloak.KeycloakProperties;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The desk's sign-in page and its start page, which lists the desk's sections. */
@Controller
@DeskPage
public class DeskController {

    private final boolean signOnWithKeycloak;

    public DeskController(KeycloakProperties keycloak) {
        this.signOnWithKeycloak = keycloak.enabled();
    }

    /** With Keycloak there is no password form here: a signed-on user (others never get this far) goes to the desk. */
    @GetMapping("/desk/login")
    String login() {
        return signOnWithKeycloak ? "redirect:/desk" : "desk/login";
    }

    @GetMapping("/desk")
    String home() {
        return "desk/home";
    }
}
