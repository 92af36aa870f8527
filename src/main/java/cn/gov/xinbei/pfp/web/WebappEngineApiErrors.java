package cn.gov.xinbei.pfp.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.ws.rs.core.Application;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.glassfish.jersey.servlet.ServletProperties;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;

/**
 * The error answers of {@link EngineRestErrors} for the webapps' own engine API as well ({@code /camunda/api/engine},
 * which the Tasklist uses to complete a task and submit a start form): a step refused by a listener answers 400 with
 * our Chinese message, not 500 with "Cannot submit task form …: ENGINE-03051 …".
 * <p>
 * That API is not the Spring Boot Jersey application of /engine-rest (a ResourceConfigCustomizer does not reach it):
 * Camunda's {@code CamundaBpmWebappInitializer} registers a Jersey servlet named "Engine Api" running
 * {@link EngineRestApplication}, and only if no servlet of that name exists yet. This initializer runs first and
 * registers the same servlet, at the same path, with {@link EngineApi}: Camunda's application plus our mappers.
 */
@Component
public class WebappEngineApiErrors implements ServletContextInitializer, Ordered {

    /** The name CamundaBpmWebappInitializer gives the servlet, and checks before registering its own. */
    static final String SERVLET_NAME = "Engine Api";

    private final CamundaBpmProperties camunda;

    public WebappEngineApiErrors(CamundaBpmProperties camunda) {
        this.camunda = camunda;
    }

    @Override
    public void onStartup(ServletContext servletContext) {
        if (servletContext.getServletRegistration(SERVLET_NAME) != null) {
            throw new IllegalStateException("servlet '" + SERVLET_NAME + "' registered before our error mappers");
        }
        ServletRegistration.Dynamic servlet = servletContext.addServlet(SERVLET_NAME, ServletContainer.class);
        servlet.addMapping(camunda.getWebapp().getApplicationPath() + "/api/engine/*");
        servlet.setInitParameter(ServletProperties.JAXRS_APPLICATION_CLASS, EngineApi.class.getName());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** Camunda's webapp engine API with our exception mappers. Jersey instantiates it by its class name. */
    public static class EngineApi extends Application {

        @Override
        public Set<Class<?>> getClasses() {
            Set<Class<?>> classes = new HashSet<>(new EngineRestApplication().getClasses());
            classes.addAll(EngineRestErrors.MAPPERS);
            return classes;
        }
    }
}
