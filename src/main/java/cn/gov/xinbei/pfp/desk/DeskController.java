package cn.gov.xinbei.pfp.desk;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The desk's sign-in page and its start page, which lists the desk's sections. */
@Controller
@DeskPage
public class DeskController {

    @GetMapping("/desk/login")
    String login() {
        return "desk/login";
    }

    @GetMapping("/desk")
    String home() {
        return "desk/home";
    }
}
