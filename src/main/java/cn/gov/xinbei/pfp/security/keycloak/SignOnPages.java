package cn.gov.xinbei.pfp.security.keycloak;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Plain Chinese HTML pages for sign-on problems, instead of a browser error or a stack trace. */
final class SignOnPages {

    static final String UNAVAILABLE_TITLE = "统一身份认证服务暂时无法连接";

    private SignOnPages() {
    }

    static void identityProviderUnavailable(HttpServletResponse response) throws IOException {
        write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, UNAVAILABLE_TITLE,
                "系统暂时无法连接统一身份认证服务（Keycloak），因此无法登录。请稍后刷新本页重试；"
                        + "如问题持续，请联系系统管理员。");
    }

    static void signOnFailed(HttpServletResponse response) throws IOException {
        write(response, HttpServletResponse.SC_UNAUTHORIZED, "登录未成功",
                "统一身份认证未能完成，可能是登录已超时或身份认证服务暂时不可用。请返回首页重新登录；"
                        + "如问题持续，请联系系统管理员。");
    }

    static void unknownUser(HttpServletResponse response) throws IOException {
        write(response, HttpServletResponse.SC_FORBIDDEN, "无法确认您的账号",
                "您已通过统一身份认证，但本系统无法读取您的账号或所属部门（可能是身份认证服务暂时不可用）。"
                        + "请稍后重试；如问题持续，请联系系统管理员。");
    }

    private static void write(HttpServletResponse response, int status, String title, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>%1$s</title>
                <style>body{font-family:sans-serif;max-width:40em;margin:4em auto;line-height:1.6;color:#333}</style>
                </head><body><h1>%1$s</h1><p>%2$s</p><p><a href="/camunda/app/">返回首页</a></p></body></html>
                """.formatted(title, text));
    }
}
