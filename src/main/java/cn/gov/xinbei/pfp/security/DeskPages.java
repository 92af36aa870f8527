package cn.gov.xinbei.pfp.security;

/** The paths of the supervisors' desk, the project's own server-rendered pages. */
public final class DeskPages {

    public static final String PATHS = "/desk/**";
    public static final String HOME = "/desk";
    public static final String LOGIN = "/desk/login";
    public static final String LOGOUT = "/desk/logout";
    /** The Chinese page of a refused request (a form posted without its token, e.g. from a stale page or another site). */
    public static final String DENIED = "/desk/denied";
    /** Style sheets and scripts, also needed by the sign-in page. */
    public static final String ASSETS = "/desk/assets/**";

    private DeskPages() {
    }
}
