package cn.gov.xinbei.pfp.assistance;

import cn.gov.xinbei.pfp.assistance.domain.AgentBank;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The agent banks (代发银行) of {@code config/assistance.yml} (app.assistance-bank.agent-banks). */
@ConfigurationProperties(prefix = "app.assistance-bank")
public record AgentBankProperties(List<AgentBank> agentBanks) {

    public AgentBankProperties {
        if (agentBanks == null || agentBanks.isEmpty()) {
            throw new IllegalArgumentException("app.assistance-bank.agent-banks: at least one agent bank is needed");
        }
        Set<String> codes = new HashSet<>();
        for (AgentBank bank : agentBanks) {
            if (!codes.add(bank.code())) {
                throw new IllegalArgumentException("app.assistance-bank.agent-banks: code " + bank.code() + " twice");
            }
        }
        agentBanks = List.copyOf(agentBanks);
    }

    public Optional<AgentBank> byCode(String code) {
        return agentBanks.stream().filter(b -> b.code().equals(code)).findFirst();
    }

    /** The bank's name, or the code itself for a code no longer configured (older records). */
    public String nameOf(String code) {
        return code == null ? "" : byCode(code).map(AgentBank::name).orElse(code);
    }
}
