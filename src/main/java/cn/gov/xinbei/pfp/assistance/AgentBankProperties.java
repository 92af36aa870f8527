package cn.gov.xinbei.pfp.assistance;

import cn.gov.xinbei.pfp.assistance.domain.AgentBank;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.NOT_EMPTY;
import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.REQUIRED;

/** The agent banks (代发银行) of {@code config/assistance.yml} (app.assistance-bank.agent-banks). */
@Validated
@ConfigurationProperties(prefix = "app.assistance-bank")
public record AgentBankProperties(@NotEmpty(message = NOT_EMPTY) List<@NotNull(message = REQUIRED) @Valid AgentBank> agentBanks) {

    public AgentBankProperties {
        agentBanks = agentBanks == null ? List.of() : agentBanks;
        Set<String> codes = new HashSet<>();
        for (AgentBank bank : agentBanks) {
            if (bank != null && bank.code() != null && !codes.add(bank.code())) {
                throw new IllegalArgumentException("app.assistance-bank.agent-banks: code " + bank.code() + " twice");
            }
        }
        agentBanks = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(agentBanks));
    }

    public Optional<AgentBank> byCode(String code) {
        return agentBanks.stream().filter(b -> b.code().equals(code)).findFirst();
    }

    /** The bank's name, or the code itself for a code no longer configured (older records). */
    public String nameOf(String code) {
        return code == null ? "" : byCode(code).map(AgentBank::name).orElse(code);
    }
}
