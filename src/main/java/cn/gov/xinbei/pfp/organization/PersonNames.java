package cn.gov.xinbei.pfp.organization;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * People as users see them: by name (张敏), never by login id. The name is the identity service's first and last
 * name (demo users and the Keycloak provider keep the whole Chinese name, family name first, in the first name);
 * the engine acting alone is 系统, and a user the identity service no longer knows is 已停用用户.
 */
@Component
public class PersonNames {

    public static final String SYSTEM = "系统";
    public static final String UNKNOWN = "已停用用户";

    private final IdentityService identityService;

    public PersonNames(@Lazy IdentityService identityService) {
        this.identityService = identityService;
    }

    public String nameOf(String userId) {
        if (userId == null || userId.isBlank() || "system".equals(userId)) {
            return SYSTEM;
        }
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return UNKNOWN;
        }
        String name = join(user.getFirstName(), user.getLastName());
        return name.isEmpty() ? UNKNOWN : name;
    }

    /** The names of many people, each looked up once: a list page names its few clerks, not one lookup per row. */
    public Map<String, String> namesOf(Collection<String> userIds) {
        Map<String, String> names = new HashMap<>();
        userIds.stream().filter(Objects::nonNull).distinct().forEach(id -> names.put(id, nameOf(id)));
        return names;
    }

    private static String join(String first, String last) {
        String f = first == null ? "" : first.trim();
        String l = last == null ? "" : last.trim();
        if (f.isEmpty() || l.isEmpty()) {
            return f + l;
        }
        boolean chinese = (f + l).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return chinese ? l + f : f + " " + l;
    }
}
