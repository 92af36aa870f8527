package cn.gov.xinbei.pfp.benchmark;

import org.springframework.beans.factory.config.BeanPostProcessor;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the SQL statements the application sends, whoever sends them (JPA, JdbcClient, the engine's MyBatis): the
 * data source is wrapped so that every execution, and every statement added to a batch, is counted. A count does not
 * depend on the machine's speed; the benchmark reads it around one call at a time.
 */
final class StatementCounter implements BeanPostProcessor {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "addBatch");
    private static final Set<String> STATEMENT_FACTORIES = Set.of("createStatement", "prepareStatement", "prepareCall");

    private final AtomicLong statements = new AtomicLong();

    long count() {
        return statements.get();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource ? wrap(dataSource, DataSource.class, (target, method, args) -> {
            Object result = method.invoke(target, args);
            return "getConnection".equals(method.getName()) ? wrap(result, Connection.class, this::connectionCall) : result;
        }) : bean;
    }

    private Object connectionCall(Object connection, Method method, Object[] args) throws Throwable {
        Object result = method.invoke(connection, args);
        if (STATEMENT_FACTORIES.contains(method.getName())) {
            Class<?> type = result instanceof CallableStatement ? CallableStatement.class
                    : result instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
            return wrap(result, type, (statement, call, callArgs) -> {
                // addBatch() without arguments adds a prepared statement's parameters: one statement each.
                if (EXECUTIONS.contains(call.getName())) {
                    statements.incrementAndGet();
                }
                return call.invoke(statement, callArgs);
            });
        }
        return result;
    }

    @FunctionalInterface
    private interface Call {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    private static Object wrap(Object target, Class<?> type, Call call) {
        InvocationHandler handler = (proxy, method, args) -> {
            try {
                return call.handle(target, method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
