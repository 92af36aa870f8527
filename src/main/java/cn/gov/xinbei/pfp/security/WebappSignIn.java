package cn.gov.xinbei.pfp.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

import java.io.IOException;

/**
 * Signs a user who signed in on the desk's form in to the Camunda webapps too (default profile), as the webapps' own
 * login would (groups, tenants and the apps they may open, from the engine), so the desk's 办理 buttons and its
 * 任务列表 link open the Tasklist without a second login. Signing out of either ends the one session, and both.
 */
final class WebappSignIn extends SavedRequestAwareAuthenticationSuccessHandler {

    private final ProcessEngine processEngine;

    WebappSignIn(ProcessEngine processEngine, String defaultTargetUrl) {
        this.processEngine = processEngine;
        setDefaultTargetUrl(defaultTargetUrl);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        HttpSession session = request.getSession();
        Authentications webapps = AuthenticationUtil.getAuthsFromSession(session);
        webapps.addOrReplace(AuthenticationUtil.createAuthentication(processEngine, authentication.getName()));
        AuthenticationUtil.updateSession(session, webapps);
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
