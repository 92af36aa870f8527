package cn.gov.xinbei.pfp.twonon;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Holds on second-child approvals: a woman found in a 两非 case to have had a non-medical termination at 14 weeks or
 * more gets no approval for another birth until the facts are cleared (2002 规定 art. 7). Read by the second-child
 * registration; written by the closure of a 两非 case.
 */
@Component
public class TwoNonHolds {

    /** The rule quoted when an application is refused. */
    public static final String RULE = "《关于禁止非医学需要的胎儿性别鉴定和选择性别的人工终止妊娠的规定》（2002年）第七条："
            + "未经批准擅自终止中期以上妊娠的，查清事实前不予批准再生育";

    private final JdbcTemplate jdbc;

    public TwoNonHolds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The case number of an active (not lifted) hold on this ID number, if any. */
    public Optional<String> activeHold(String idNumber) {
        return jdbc.queryForList("select case_number from two_non_hold where id_number = ? and lifted_on is null"
                + " order by held_from", String.class, idNumber).stream().findFirst();
    }
}
