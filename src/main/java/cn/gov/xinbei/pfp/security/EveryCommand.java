package cn.gov.xinbei.pfp.security;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

import java.util.ArrayList;
import java.util.function.Supplier;

/**
 * Puts a guard in front of every command the engine runs: the engine keeps two interceptor chains, one for commands
 * in the caller's transaction and one for commands in a new transaction, and each needs an instance of its own.
 */
final class EveryCommand {

    private EveryCommand() {
    }

    static void guard(ProcessEngineConfigurationImpl configuration, Supplier<CommandInterceptor> guard) {
        if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPostCommandInterceptorsTxRequired().add(guard.get());
        if (configuration.getCustomPostCommandInterceptorsTxRequiresNew() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequiresNew(new ArrayList<>());
        }
        configuration.getCustomPostCommandInterceptorsTxRequiresNew().add(guard.get());
    }
}
